import "server-only";
import type { Tx } from "../../db/client";
import { findDrpRequestFor, setDrpExpiry } from "../../db/queries/drp-requests";
import { getPortalById } from "../../db/queries/portals";
import { insertWebhookDeliveries } from "../../db/queries/webhook-deliveries";
import { CLOSED } from "../lifecycle";
import { newEventId } from "../webhooks/queue";
import { kickWebhookWorker } from "../webhooks/worker";
import { drpExpiry, exerciseStatus, type ExerciseStatus } from "./exercise-status";

/** The delivery log's type for a status callback. */
export const CALLBACK_TYPE = "drp.status";

/**
 * Queues a status callback (DRP §2.03) to the agent's `status_callback`, in
 * the caller's transaction, like a webhook: the webhook worker sends it,
 * signed with the portal's Ed25519 key, and retries until the agent answers 200.
 */
export async function queueDrpCallback(tx: Tx, { portalId, requestId, statusCallback, status, now }: { portalId: number; requestId: number | null; statusCallback: string; status: ExerciseStatus; now: Date }): Promise<void> {
  await insertWebhookDeliveries(tx, {
    deliveries: [{ kind: "drp_callback", endpointId: null, targetUrl: statusCallback, portalId, requestId, eventId: newEventId(), type: CALLBACK_TYPE, payload: JSON.stringify(status) }],
    now,
  });
  kickWebhookWorker();
}

/**
 * Call after any change of an agent's request, in the change's transaction,
 * with the request already updated: a request turning final gets its DRP
 * expiry (§3.02's retention), and the agent is told the new status (§2.03,
 * §3.08: extensions too). Requests no agent filed are left alone.
 */
export async function drpRequestChanged(tx: Tx, { requestId, now }: { requestId: number; now: Date }): Promise<void> {
  const found = await findDrpRequestFor(tx, { requestId });
  if (!found) return;
  const { drp, request } = found;
  if (CLOSED.includes(request.status) && !drp.expiresAt) {
    const portal = (await getPortalById(tx, { id: request.portalId }))!;
    drp.expiresAt = drpExpiry(request.closedAt ?? now, portal.closedRetentionDays);
    await setDrpExpiry(tx, { requestId, expiresAt: drp.expiresAt });
  }
  if (drp.statusCallback) await queueDrpCallback(tx, { portalId: request.portalId, requestId, statusCallback: drp.statusCallback, status: exerciseStatus(drp, request, now), now });
}

/**
 * An agent's request that lapsed unconfirmed is deleted with its DRP record
 * (lib/requests/unverified.ts); call this first, in the same transaction: the
 * agent hears `denied`/`insuf_verification` by a callback that outlives the row.
 */
export async function drpRequestLapsing(tx: Tx, { requestId, now }: { requestId: number; now: Date }): Promise<void> {
  const found = await findDrpRequestFor(tx, { requestId });
  const statusCallback = found?.drp.statusCallback;
  if (!found || !statusCallback) return;
  const { drp, request } = found;
  await queueDrpCallback(tx, { portalId: request.portalId, requestId: null, statusCallback, status: exerciseStatus(drp, { ...request, status: "expired" }, now), now });
}
