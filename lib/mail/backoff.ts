const FIRST_RETRY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60 * 1000;
const JITTER = 0.2;

/**
 * How long to wait before retrying an email after its `failures`-th failed
 * attempt: 30 s, doubling each time, capped at an hour, then ±20 % at random so
 * messages that failed together in an outage do not all retry in the same second.
 * The cap comes before the jitter, so capped retries spread out too.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(failures - 1, 0), MAX_DELAY_MS);
  return Math.round(base * (1 + JITTER * (2 * random() - 1)));
}
