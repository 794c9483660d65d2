import "server-only";
import { withTransaction, type Db, type Executor, type Tx } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { getWebhookDelivery, insertWebhookDeliveries, listWebhookDeliveries } from "../../db/queries/webhook-deliveries";
import { deleteWebhookEndpoint, getWebhookEndpoint, insertWebhookEndpoint, listWebhookEndpoints, updateWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import type { WebhookDelivery, WebhookEndpoint } from "../../db/schema";
import { sealSecret } from "../security/sealed-secret";
import { recordStaffEvent } from "../staff/audit";
import { DomainError } from "../staff/errors";
import type { WebhookEventType } from "./events";
import { newWebhookSecret } from "./secret";
import { checkWebhookTarget } from "./target-guard";
import { kickWebhookWorker } from "./worker";

/**
 * A portal's webhook endpoints as its admins (or the operations CLI) manage
 * them. Each change and its audit entry commit together. A secret leaves
 * here once, in the answer to the change that made it; only its encrypted
 * form is kept.
 */

/** Who changes: a staff member's id, or "cli" for the operations command. */
export type WebhookActor = { userId: string } | "cli";

/** What the pages show of an endpoint: never its secrets; `rotating` while an old secret still signs. */
export type EndpointSummary = Pick<WebhookEndpoint, "id" | "url" | "events" | "enabled" | "disabledAt" | "disabledReason" | "failingSince" | "previousSecretUntil" | "createdAt"> & { rotating: boolean };

function summary(e: WebhookEndpoint, now: Date): EndpointSummary {
  const { id, url, events, enabled, disabledAt, disabledReason, failingSince, previousSecretUntil, createdAt } = e;
  return { id, url, events, enabled, disabledAt, disabledReason, failingSince, previousSecretUntil, createdAt, rotating: previousSecretUntil !== null && previousSecretUntil > now };
}

const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

async function audit(tx: Tx, { by, portalId, type, data, now }: { by: WebhookActor; portalId: number; type: string; data: Record<string, unknown>; now: Date }): Promise<void> {
  if (by === "cli") await appendEvent(tx, { portalId, requestId: null, type, actor: "cli", public: false, data, at: now });
  else await recordStaffEvent(tx, { userId: by.userId, type, data, portalIds: [portalId], at: now });
}

/** The endpoint `id` of the portal, in `tx`; another portal's is refused as if it did not exist. */
async function endpointOf(db: Executor, portalId: number, id: number): Promise<WebhookEndpoint> {
  const endpoint = await getWebhookEndpoint(db, { id });
  if (!endpoint || endpoint.portalId !== portalId) throw new DomainError("webhook_not_found");
  return endpoint;
}

/**
 * Adds an endpoint with a new secret, after the address guard: only http(s),
 * and (unless `allowPrivate`) a host whose addresses are all public; refuses
 * `webhook_url_refused` on the url field, saying why.
 */
export async function addWebhookEndpoint(
  db: Db,
  { portalId, url, events, by, now, allowPrivate, authSecret }: { portalId: number; url: string; events: WebhookEventType[]; by: WebhookActor; now: Date; allowPrivate: boolean; authSecret: string },
): Promise<{ id: number; secret: string }> {
  const target = await checkWebhookTarget(url, { allowPrivate });
  if (!target.ok) throw new DomainError("webhook_url_refused", { field: "url", params: { reason: target.reason } });
  if (events.length === 0) throw new DomainError("webhook_events_required", { field: "events" });
  const secret = newWebhookSecret();
  const unique = [...new Set(events)];
  const id = await withTransaction(db, async (tx) => {
    const endpoint = await insertWebhookEndpoint(tx, { portalId, url: target.url.href, events: unique, secret: sealSecret(secret, authSecret, "webhook signing secrets"), now });
    await audit(tx, { by, portalId, type: "webhook_endpoint_added", data: { endpointId: endpoint.id, url: endpoint.url, events: unique }, now });
    return endpoint.id;
  });
  return { id, secret };
}

/** A new secret; the old one keeps signing (alongside) for 24 hours, so receivers can switch without missing an event. */
export async function rotateWebhookSecret(db: Db, { portalId, endpointId, by, now, authSecret }: { portalId: number; endpointId: number; by: WebhookActor; now: Date; authSecret: string }): Promise<{ secret: string; oldValidUntil: Date }> {
  const secret = newWebhookSecret();
  const oldValidUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  await withTransaction(db, async (tx) => {
    const endpoint = await endpointOf(tx, portalId, endpointId);
    await updateWebhookEndpoint(tx, { id: endpoint.id, set: { secret: sealSecret(secret, authSecret, "webhook signing secrets"), previousSecret: endpoint.secret, previousSecretUntil: oldValidUntil } });
    await audit(tx, { by, portalId, type: "webhook_secret_rotated", data: { endpointId, url: endpoint.url, oldValidUntil: oldValidUntil.toISOString() }, now });
  });
  return { secret, oldValidUntil };
}

/**
 * Disables an endpoint by hand, or enables it again: enabled, it starts afresh
 * (no failure streak); deliveries still pending go out, failed ones stay
 * failed until redelivered. Setting the state it has changes nothing.
 */
export async function setWebhookEndpointEnabled(db: Db, { portalId, endpointId, enabled, by, now }: { portalId: number; endpointId: number; enabled: boolean; by: WebhookActor; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const endpoint = await endpointOf(tx, portalId, endpointId);
    if (endpoint.enabled === enabled) return;
    const set = enabled ? { enabled, disabledAt: null, disabledReason: null, failingSince: null } : { enabled, disabledAt: now, disabledReason: "disabled by an admin" };
    await updateWebhookEndpoint(tx, { id: endpointId, set });
    await audit(tx, { by, portalId, type: enabled ? "webhook_endpoint_enabled" : "webhook_endpoint_disabled", data: { endpointId, url: endpoint.url }, now });
  });
  if (enabled) kickWebhookWorker();
}

/** Deletes an endpoint and its delivery log. */
export async function removeWebhookEndpoint(db: Db, { portalId, endpointId, by, now }: { portalId: number; endpointId: number; by: WebhookActor; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const endpoint = await endpointOf(tx, portalId, endpointId);
    await deleteWebhookEndpoint(tx, { id: endpointId });
    await audit(tx, { by, portalId, type: "webhook_endpoint_deleted", data: { endpointId, url: endpoint.url }, now });
  });
}

/**
 * Sends an event again: a fresh delivery of the same body under the same
 * webhook-id (receivers that already have it drop it), due at once, with a
 * full set of attempts; it waits while the endpoint is disabled.
 */
export async function redeliverWebhook(db: Db, { portalId, deliveryId, by, now }: { portalId: number; deliveryId: number; by: WebhookActor; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const original = await getWebhookDelivery(tx, { id: deliveryId });
    if (!original || original.portalId !== portalId) throw new DomainError("webhook_delivery_not_found");
    const { endpointId, requestId, eventId, type, payload } = original;
    await insertWebhookDeliveries(tx, { deliveries: [{ endpointId, portalId, requestId, eventId, type, payload }], now });
    await audit(tx, { by, portalId, type: "webhook_redelivered", data: { endpointId, deliveryId, eventId, type }, now });
  });
  kickWebhookWorker();
}

/** The webhooks page's list. */
export async function portalWebhookEndpoints(db: Executor, { portalId, now }: { portalId: number; now: Date }): Promise<EndpointSummary[]> {
  return (await listWebhookEndpoints(db, { portalId })).map((e) => summary(e, now));
}

/** An endpoint's delivery log page: the endpoint (undefined if not the portal's) and its newest deliveries. */
export async function webhookDeliveryLog(db: Executor, { portalId, endpointId, now }: { portalId: number; endpointId: number; now: Date }): Promise<{ endpoint: EndpointSummary; deliveries: WebhookDelivery[] } | undefined> {
  const endpoint = await getWebhookEndpoint(db, { id: endpointId });
  if (!endpoint || endpoint.portalId !== portalId) return undefined;
  return { endpoint: summary(endpoint, now), deliveries: await listWebhookDeliveries(db, { endpointId }) };
}
