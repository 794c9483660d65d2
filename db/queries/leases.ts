import "server-only";
import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { leases } from "../schema";

/**
 * Takes or renews the lease `name` until `expiresAt`, if it is free, lapsed at
 * `now` or already `holder`'s. One INSERT … ON CONFLICT DO UPDATE … WHERE
 * statement, so of two processes racing for it exactly one changes the row.
 */
export async function takeLease(tx: Tx, { name, holder, expiresAt, now }: { name: string; holder: string; expiresAt: Date; now: Date }): Promise<boolean> {
  const taken = await tx
    .insert(leases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
      setWhere: or(lt(leases.expiresAt, now), eq(leases.holder, holder)),
    })
    .returning({ name: leases.name });
  return taken.length === 1;
}

/** Deletes the lease `name` if `holder` still has it; false if it has passed to someone else (or is gone). */
export async function dropLease(tx: Tx, { name, holder }: { name: string; holder: string }): Promise<boolean> {
  const dropped = await tx
    .delete(leases)
    .where(and(eq(leases.name, name), eq(leases.holder, holder)))
    .returning({ name: leases.name });
  return dropped.length === 1;
}
