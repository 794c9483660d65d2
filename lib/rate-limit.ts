import "server-only";
import { withTransaction, type Db } from "../db/client";
import { countRateLimitHit, pruneRateLimits } from "../db/queries/rate-limits";

/**
 * Fixed-window counters in the database (db/queries/rate-limits.ts), so every
 * instance on one database counts against the same limit, and a restart
 * forgets nothing.
 */
export interface Limit {
  limit: number;
  windowMs: number;
}

export type Hit = { ok: boolean; retryAfterSeconds: number };

/** Ended windows are deleted at most this often per process: housekeeping only, the counts never depend on it. */
const PRUNE_EVERY_MS = 60 * 1000;
let prunedAt = -Infinity;

/**
 * Counts one hit on `key` at `now` (the caller's `now()` of lib/clock.ts);
 * `ok: false` with the seconds to wait once the window is full. A window opens
 * at the first hit and lasts `windowMs`; the hit after it ended opens the next.
 * Joins the caller's transaction when there is one.
 */
export async function hit(db: Db, key: string, { limit, windowMs }: Limit, now: Date): Promise<Hit> {
  return withTransaction(db, async (tx) => {
    const counted = await countRateLimitHit(tx, { key, now, resetAt: new Date(now.getTime() + windowMs) });
    if (Math.abs(now.getTime() - prunedAt) >= PRUNE_EVERY_MS) {
      prunedAt = now.getTime();
      await pruneRateLimits(tx, { now });
    }
    if (counted.count <= limit) return { ok: true, retryAfterSeconds: 0 };
    return { ok: false, retryAfterSeconds: Math.ceil((counted.resetAt.getTime() - now.getTime()) / 1000) };
  });
}
