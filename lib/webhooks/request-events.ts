import "server-only";
import type { Tx } from "../../db/client";
import type { DsrRequest } from "../../db/schema";
import type { WebhookEventType } from "./events";
import { queueWebhookEvent } from "./queue";

type RequestFields = Pick<DsrRequest, "id" | "portalId" | "reference" | "type" | "status" | "accountId" | "dueDate" | "dueAt">;

/**
 * A request event's `data`: a thin payload, as Standard Webhooks recommends.
 * It names the request (its reference, and the operator's own account id so
 * their backend finds the user) and its state, but carries none of what the
 * requester wrote (email, name, details): a receiver that needs more asks the
 * API, where access is scoped and audited.
 */
export function requestEventData(request: RequestFields): Record<string, unknown> {
  return {
    reference: request.reference,
    requestType: request.type,
    status: request.status,
    accountId: request.accountId,
    dueDate: request.dueDate,
    dueAt: request.dueAt?.toISOString() ?? null,
  };
}

/**
 * Queues a request's event in the caller's transaction, in that request's
 * order at each endpoint. Call it with the request as it is after the change
 * (its new status), next to the change's audit entry; `extra` adds what the
 * event alone knows (a rejection's ground, a completion's outcomes).
 */
export function queueRequestWebhook(tx: Tx, { request, type, now, extra = {} }: { request: RequestFields; type: WebhookEventType; now: Date; extra?: Record<string, unknown> }): Promise<string | null> {
  return queueWebhookEvent(tx, { portalId: request.portalId, requestId: request.id, type, data: { ...requestEventData(request), ...extra }, now });
}
