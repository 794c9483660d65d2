import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { leases } from "../../db/schema";

/**
 * Takes or renews the lease `name` until `now + ttlMs`, if it is free, lapsed
 * or already `holder`'s. One INSERT … ON CONFLICT DO UPDATE … WHERE statement,
 * so of two processes racing for it exactly one changes the row; a crashed
 * holder's lease lapses at its expiry instead of blocking everyone for good.
 */
export function acquireLease(db: Db, { name, holder, ttlMs, now }: { name: string; holder: string; ttlMs: number; now: Date }): boolean {
  const expiresAt = new Date(now.getTime() + ttlMs);
  return (
    db
      .insert(leases)
      .values({ name, holder, expiresAt })
      .onConflictDoUpdate({
        target: leases.name,
        set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
        setWhere: or(lt(leases.expiresAt, now), eq(leases.holder, holder)),
      })
      .run().changes === 1
  );
}

/** Gives the lease up, if `holder` still has it (a lapsed lease may have passed to someone else meanwhile). */
export function releaseLease(db: Db, { name, holder }: { name: string; holder: string }): boolean {
  return db.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder))).run().changes === 1;
}
