import "server-only";
import { getDb, withTransaction, type Db } from "../../db/client";
import { findLiveApiKey, touchApiKey, type ApiKeyListing } from "../../db/queries/api-keys";
import { now as clockNow } from "../clock";
import { hasScope, type ApiKeyScope } from "./scopes";
import { bearerApiKey, hashApiKey } from "./secret";

/** What an /api/v1 handler knows of the key that called it. */
export type ApiKeyPrincipal = Pick<ApiKeyListing, "id" | "portalId" | "scopes" | "name">;

/**
 * Why a call is refused, with the status, the intake's error `code` and
 * `message` (README, "Intake API") and the headers RFC 6750 asks for.
 * - `unauthenticated` (401): no key, a malformed, unknown, revoked or expired
 *   one, all answered alike so the answer tells a guesser nothing;
 * - `other-portal` (404): a live key of another portal than the resource's,
 *   which is not even revealed to exist;
 * - `missing-scope` (403): a live key of the right portal without the scope.
 */
export type ApiKeyRefusal =
  | { kind: "unauthenticated"; status: 401; code: "unauthorized"; message: string; headers: Record<string, string> }
  | { kind: "other-portal"; status: 404; code: "not_found"; message: string; headers: Record<string, string> }
  | { kind: "missing-scope"; status: 403; code: "insufficient_scope"; message: string; headers: Record<string, string>; scope: ApiKeyScope };

export type ApiKeyAuth = { ok: true; key: ApiKeyPrincipal } | ({ ok: false } & ApiKeyRefusal);

const UNAUTHENTICATED: ApiKeyAuth = {
  ok: false,
  kind: "unauthenticated",
  status: 401,
  code: "unauthorized",
  message: "Send a live API key as Authorization: Bearer rdk_…",
  headers: { "WWW-Authenticate": 'Bearer realm="rightsdesk"' },
};

const OTHER_PORTAL: ApiKeyAuth = { ok: false, kind: "other-portal", status: 404, code: "not_found", message: "Not found.", headers: {} };

function missingScope(scope: ApiKeyScope): ApiKeyAuth {
  return {
    ok: false,
    kind: "missing-scope",
    status: 403,
    code: "insufficient_scope",
    message: `This API key lacks the scope ${scope}.`,
    headers: { "WWW-Authenticate": `Bearer realm="rightsdesk", error="insufficient_scope", scope="${scope}"` },
    scope,
  };
}

/** A key's last use is recorded at most this often, so a busy key does not write on every call. */
export const TOUCH_EVERY_MS = 60_000;

/**
 * The key a request carries (`Authorization: Bearer rdk_…`), checked for
 * `scope` and, when the route's resource belongs to a portal, for that
 * `portalId`. Only the hash is looked up. Every use of a live key marks it
 * used (at most once a minute), refused or not.
 */
export async function authenticateApiKey(
  headers: Pick<Headers, "get">,
  { scope, portalId, db = getDb(), now = clockNow() }: { scope: ApiKeyScope; portalId?: number; db?: Db; now?: Date },
): Promise<ApiKeyAuth> {
  const secret = bearerApiKey(headers);
  const key = secret === undefined ? undefined : await findLiveApiKey(db, { hash: hashApiKey(secret), now });
  if (!key) return UNAUTHENTICATED;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await withTransaction(db, (tx) => touchApiKey(tx, { id: key.id, now, staleBefore: new Date(now.getTime() - TOUCH_EVERY_MS) }));
  }
  if (portalId !== undefined && key.portalId !== portalId) return OTHER_PORTAL;
  if (!hasScope(key.scopes, scope)) return missingScope(scope);
  return { ok: true, key: { id: key.id, portalId: key.portalId, scopes: key.scopes, name: key.name } };
}

/** The audit log's actor for what a key does: its id and its name at the time (`api-key:7:billing backend`). */
export function apiActor(key: Pick<ApiKeyPrincipal, "id" | "name">): string {
  return `api-key:${key.id}:${key.name}`;
}
