import "server-only";
import { getDb, withTransaction, type Db, type Tx } from "../../db/client";
import { getApiKey, insertApiKey, listApiKeys, revokeApiKey as revokeKeyRow, type ApiKeyListing } from "../../db/queries/api-keys";
import { appendEvent } from "../../db/queries/events";
import { DomainError } from "../staff/errors";
import type { ApiKeyScope } from "./scopes";
import { newApiKey } from "./secret";

/**
 * Creating and revoking a portal's API keys, by an admin (`by`: their user id)
 * or by the operator on the command line (`by: null`). Each change and its
 * audit entry in the portal's chain commit together.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who changed a key, in the audit log: the admin, or the CLI (run by whoever holds the database). */
function actorOf(by: string | null): string {
  return by === null ? "cli" : `staff:${by}`;
}

async function recordKeyEvent(tx: Tx, { portalId, by, type, key, at }: { portalId: number; by: string | null; type: string; key: ApiKeyListing; at: Date }) {
  const data = { keyId: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, expiresAt: key.expiresAt?.toISOString() ?? null };
  await appendEvent(tx, { portalId, requestId: null, type, actor: actorOf(by), public: false, data, at });
}

/** A new key: the secret (`key`) is returned this once and stored only as its hash. */
export async function createApiKey(
  db: Db,
  { portalId, name, scopes, expiresInDays, by, now }: { portalId: number; name: string; scopes: ApiKeyScope[]; expiresInDays: number | null; by: string | null; now: Date },
): Promise<{ id: number; key: string; listing: ApiKeyListing }> {
  const secret = newApiKey();
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);
  return withTransaction(db, async (tx) => {
    const listing = await insertApiKey(tx, { portalId, name, scopes, hash: secret.hash, prefix: secret.prefix, createdBy: by, createdAt: now, expiresAt });
    await recordKeyEvent(tx, { portalId, by, type: "api_key_created", key: listing, at: now });
    return { id: listing.id, key: secret.key, listing };
  });
}

/**
 * Revokes a key of this portal: it stops working at once. Revoking a revoked
 * key changes and records nothing (`already`); another portal's key or an
 * unknown id is refused with `api_key_not_found`.
 */
export async function revokeApiKey(
  db: Db,
  { portalId, id, by, now }: { portalId: number; id: number; by: string | null; now: Date },
): Promise<{ outcome: "revoked" | "already"; key: ApiKeyListing }> {
  return withTransaction(db, async (tx) => {
    const revoked = await revokeKeyRow(tx, { id, portalId, now });
    if (revoked) {
      await recordKeyEvent(tx, { portalId, by, type: "api_key_revoked", key: revoked, at: now });
      return { outcome: "revoked", key: revoked };
    }
    const existing = await getApiKey(tx, { id });
    if (!existing || existing.portalId !== portalId) throw new DomainError("api_key_not_found");
    return { outcome: "already", key: existing };
  });
}

/** The admin page's list (never the hashes). */
export function portalApiKeys(portalId: number) {
  return listApiKeys(getDb(), { portalId });
}
