import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { idempotencyKeys } from "../schema";

/** The stored answer to a key's `Idempotency-Key`, while it is honoured. */
export async function findIdempotentAnswer(db: Executor, { apiKeyId, key, now }: { apiKeyId: number; key: string; now: Date }) {
  return (
    await db
      .select({ fingerprint: idempotencyKeys.fingerprint, status: idempotencyKeys.status, body: idempotencyKeys.body })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, now)))
      .limit(1)
  )[0];
}

/**
 * Keeps the answer with the change it answers (same transaction). False when
 * another call with the key got there first (on PostgreSQL, after waiting for
 * its commit): the caller rolls back and replays that call's answer. The key's
 * lapsed entries are dropped here, so the table holds about a day of calls.
 */
export async function keepIdempotentAnswer(
  tx: Tx,
  { apiKeyId, key, fingerprint, status, body, now, expiresAt }: { apiKeyId: number; key: string; fingerprint: string; status: number; body: string; now: Date; expiresAt: Date },
): Promise<boolean> {
  await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), lt(idempotencyKeys.expiresAt, now)));
  const kept = await tx.insert(idempotencyKeys).values({ apiKeyId, key, fingerprint, status, body, createdAt: now, expiresAt }).onConflictDoNothing().returning({ id: idempotencyKeys.id });
  return kept.length === 1;
}
