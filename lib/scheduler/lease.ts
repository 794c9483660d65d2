import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { dropLease, takeLease } from "../../db/queries/leases";

/**
 * Takes or renews the lease `name` until `now + ttlMs`, if it is free, lapsed
 * or already `holder`'s. Of two processes racing for it exactly one gets it
 * (db/queries/leases.ts); a crashed holder's lease lapses at its expiry
 * instead of blocking everyone for good.
 */
export async function acquireLease(db: Db, { name, holder, ttlMs, now }: { name: string; holder: string; ttlMs: number; now: Date }): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  return withTransaction(db, (tx) => takeLease(tx, { name, holder, expiresAt, now }));
}

/** Gives the lease up, if `holder` still has it (a lapsed lease may have passed to someone else meanwhile). */
export async function releaseLease(db: Db, { name, holder }: { name: string; holder: string }): Promise<boolean> {
  return withTransaction(db, (tx) => dropLease(tx, { name, holder }));
}
