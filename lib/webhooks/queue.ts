import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "../../db/client";
import { listEnabledWebhookEndpoints } from "../../db/queries/webhook-endpoints";
import { insertWebhookDeliveries } from "../../db/queries/webhook-deliveries";
import type { WebhookEventType } from "./events";
import { kickWebhookWorker } from "./worker";

/** A Standard Webhooks message id: no full stop (it is part of what is signed), unique per event. */
export function newEventId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}

/**
 * Queues an event for every enabled endpoint of the portal that subscribes to
 * its type, inside the caller's transaction, like an email in the outbox: if
 * the change rolls back, the event never happened. The worker is kicked once
 * the transaction commits. `requestId` (the request the event is about) keeps
 * one request's events in order at each endpoint. Returns the event's id, or
 * null when no endpoint wants it.
 *
 * The body is the Standard Webhooks payload `{ type, timestamp, data }`,
 * serialised once here: the bytes signed and sent on every attempt are these.
 */
export async function queueWebhookEvent(
  tx: Tx,
  { portalId, type, data, now, requestId = null }: { portalId: number; type: WebhookEventType; data: Record<string, unknown>; now: Date; requestId?: number | null },
): Promise<string | null> {
  const endpoints = (await listEnabledWebhookEndpoints(tx, { portalId })).filter((e) => e.events.includes(type));
  if (endpoints.length === 0) return null;
  const eventId = newEventId();
  const payload = JSON.stringify({ type, timestamp: now.toISOString(), data });
  await insertWebhookDeliveries(tx, { deliveries: endpoints.map((e) => ({ endpointId: e.id, portalId, requestId, eventId, type, payload })), now });
  kickWebhookWorker();
  return eventId;
}
