import "server-only";
import { getDb } from "../../db/client";
import { getDrpPortalSettings, listDrpAgents, listDrpTokens } from "../../db/queries/drp-agents";
import type { Portal } from "../../db/schema";
import { env } from "../env";
import { portalSigningKey } from "./portal-key";

/** The DRP API base of a portal, as agents configure it (DRP §3.05.2 `api_base`). */
export function drpApiBase(portal: Pick<Portal, "slug">, appUrl = env().APP_URL): string {
  return `${appUrl.replace(/\/$/, "")}/drp/${portal.slug}/v1`;
}

/** Where agents fetch the key that signs this portal's status callbacks (README, "Authorized agents and DRP"). */
export function callbackKeyUrl(portal: Pick<Portal, "slug">, appUrl = env().APP_URL): string {
  return `${appUrl.replace(/\/$/, "")}/drp/${portal.slug}/callback-key`;
}

/** Everything the admin page shows: the agents, their tokens, the business id as set, and the callback key (made now if it was not yet). */
export async function agentsPageData(portal: Pick<Portal, "id" | "slug">) {
  const db = getDb();
  const [agents, tokens, settings, key] = await Promise.all([
    listDrpAgents(db, { portalId: portal.id }),
    listDrpTokens(db, { portalId: portal.id }),
    getDrpPortalSettings(db, { portalId: portal.id }),
    portalSigningKey(db, { portalId: portal.id, authSecret: env().AUTH_SECRET }),
  ]);
  return { agents, tokens, businessId: settings?.businessId ?? null, key: { publicKey: key.publicKey, keyId: key.keyId }, apiBase: drpApiBase(portal), keyUrl: callbackKeyUrl(portal) };
}

/** The published callback key: `{ "key_id", "algorithm", "public_key" }`. */
export async function publishedCallbackKey(portalId: number) {
  const key = await portalSigningKey(getDb(), { portalId, authSecret: env().AUTH_SECRET });
  return { key_id: key.keyId, algorithm: "ed25519", public_key: key.publicKey };
}
