/**
 * When a failed delivery is tried again: the Standard Webhooks example
 * schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), about three
 * days in all, so a receiver down for a weekend day still gets its events.
 * The mail backoff (lib/mail/backoff.ts) caps at an hour, which suits an SMTP
 * relay but would spend a webhook's tries within hours.
 */
const DELAYS_MS = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400].map((s) => s * 1000);

/** Attempts in all: the first, then one per delay. */
export const WEBHOOK_MAX_ATTEMPTS = DELAYS_MS.length + 1;

const JITTER = 0.2;

/**
 * The wait after the `failures`-th failed attempt, ±20 % at random so that
 * deliveries that failed together do not all come back in the same second;
 * never shorter than the receiver's Retry-After.
 */
export function webhookRetryDelayMs(failures: number, { retryAfterMs = 0, random = Math.random }: { retryAfterMs?: number; random?: () => number } = {}): number {
  const base = DELAYS_MS[Math.min(Math.max(failures, 1), DELAYS_MS.length) - 1]!;
  return Math.max(Math.round(base * (1 + JITTER * (2 * random() - 1))), Math.min(retryAfterMs, DELAYS_MS.at(-1)!));
}
