/**
 * Fixed-window counters in the server's memory: enough for one embedded
 * instance; a multi-instance deployment needs them in the shared database.
 */
const windows = new Map<string, { start: number; count: number }>();

export interface Limit {
  limit: number;
  windowMs: number;
}

/**
 * Counts one hit on `key` at `now` (epoch ms, from the caller's `now()` of
 * lib/clock.ts); `ok: false` with the seconds to wait once the window is full.
 */
export function hit(key: string, { limit, windowMs }: Limit, now: number): { ok: boolean; retryAfterSeconds: number } {
  let w = windows.get(key);
  if (!w || now - w.start >= windowMs) {
    w = { start: now, count: 0 };
    windows.set(key, w);
  }
  if (w.count >= limit) return { ok: false, retryAfterSeconds: Math.ceil((w.start + windowMs - now) / 1000) };
  w.count++;
  if (windows.size > 10_000) prune(now, windowMs);
  return { ok: true, retryAfterSeconds: 0 };
}

function prune(now: number, windowMs: number) {
  for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
}
