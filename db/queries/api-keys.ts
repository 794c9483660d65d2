import "server-only";
import { and, desc, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { ApiKeyScope } from "../../lib/api-keys/scopes";
import type { Executor, Tx } from "../client";
import { apiKeys, users, type ApiKey } from "../schema";

/** What may be shown of a key: everything but its hash. */
const shown = {
  id: apiKeys.id,
  portalId: apiKeys.portalId,
  name: apiKeys.name,
  scopes: apiKeys.scopes,
  prefix: apiKeys.prefix,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  expiresAt: apiKeys.expiresAt,
};

export type ApiKeyListing = Omit<ApiKey, "hash">;

export async function insertApiKey(
  tx: Tx,
  key: { portalId: number; name: string; scopes: ApiKeyScope[]; hash: string; prefix: string; createdBy: string | null; createdAt: Date; expiresAt: Date | null },
): Promise<ApiKeyListing> {
  const [row] = await tx.insert(apiKeys).values(key).returning(shown);
  return row!;
}

/** A portal's keys, newest first, revoked and expired ones included, each with its creator's address (null: the CLI, or a deleted user). */
export async function listApiKeys(db: Executor, { portalId }: { portalId: number }): Promise<(ApiKeyListing & { createdByEmail: string | null })[]> {
  return db
    .select({ ...shown, createdByEmail: users.email })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.portalId, portalId))
    .orderBy(desc(apiKeys.id));
}

export async function getApiKey(db: Executor, { id }: { id: number }): Promise<ApiKeyListing | undefined> {
  return (await db.select(shown).from(apiKeys).where(eq(apiKeys.id, id)).limit(1))[0];
}

/** Revokes a live key of this portal; undefined when it is another portal's, unknown, or already revoked. */
export async function revokeApiKey(tx: Tx, { id, portalId, now }: { id: number; portalId: number; now: Date }): Promise<ApiKeyListing | undefined> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.portalId, portalId), isNull(apiKeys.revokedAt)))
    .returning(shown);
  return row;
}

/** The key with this hash, if neither revoked nor expired at `now`. */
export async function findLiveApiKey(db: Executor, { hash, now }: { hash: string; now: Date }): Promise<ApiKeyListing | undefined> {
  const [row] = await db
    .select(shown)
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))))
    .limit(1);
  return row;
}

/**
 * Records a use unless one was recorded since `staleBefore`: callers at once
 * write it once, and a row read moments ago whose mark is fresh costs no write at all.
 */
export async function touchApiKey(tx: Tx, { id, now, staleBefore }: { id: number; now: Date; staleBefore: Date }): Promise<void> {
  await tx
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, staleBefore))));
}
