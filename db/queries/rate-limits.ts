import "server-only";
import { is, lt, lte, sql } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";
import { rawRun, type Tx } from "../client";
import { rateLimits } from "../schema";

/**
 * Counts one hit on `key` in one statement, on either engine: a new row opens a
 * window ending at `resetAt`; an existing row counts one more, or, once its
 * window has ended, starts a new one at 1. The row's lock (PostgreSQL) or the
 * single writer (SQLite) makes concurrent hits count one by one, whichever
 * instance sends them. Returns the count including this hit and the end of the
 * window it fell in. SET expressions read the row as it was before this hit.
 */
export async function countRateLimitHit(tx: Tx, { key, now, resetAt }: { key: string; now: Date; resetAt: Date }): Promise<{ count: number; resetAt: Date }> {
  const ended = lte(rateLimits.resetAt, now);
  const [row] = await tx
    .insert(rateLimits)
    .values({ key, count: 1, resetAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${ended} then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${ended} then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt });
  return row!;
}

/**
 * Forgets the windows that ended before `now`: a missing row counts the same
 * as an ended one. On PostgreSQL it passes over rows another transaction holds
 * (SKIP LOCKED): a prune never waits for a hit, so two instances' prunes and
 * hits cannot deadlock; a skipped row goes next time.
 */
export async function pruneRateLimits(tx: Tx, { now }: { now: Date }): Promise<void> {
  if (!is(tx, PgDatabase)) {
    await tx.delete(rateLimits).where(lt(rateLimits.resetAt, now));
    return;
  }
  await rawRun(
    tx,
    sql`delete from ${rateLimits} where ${rateLimits.key} in (select ${rateLimits.key} from ${rateLimits} where ${lt(rateLimits.resetAt, now)} for update skip locked)`,
  );
}
