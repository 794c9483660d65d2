import "server-only";
import type { Tx } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { getPortalById } from "../../db/queries/portals";
import { listMembers } from "../../db/queries/staff";
import { failWaitingDeliveries } from "../../db/queries/webhook-deliveries";
import { updateWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import type { WebhookEndpoint } from "../../db/schema";
import { webhookEndpointDisabledEmail } from "../../emails/webhook-endpoint-disabled";
import { enqueueEmail } from "../mail/outbox";
import { kickMailWorker } from "../mail/worker";
import { staffEmailLanguage } from "../staff/language-choice";

/**
 * The sender gives up on an endpoint: disabled with its reason, its waiting
 * deliveries failed (an admin redelivers what matters once it works again),
 * an audit entry, and an email to each admin of the portal, all in the
 * caller's transaction.
 */
export async function disableEndpoint(tx: Tx, { endpoint, reason, now, appUrl }: { endpoint: WebhookEndpoint; reason: string; now: Date; appUrl: string }): Promise<void> {
  await updateWebhookEndpoint(tx, { id: endpoint.id, set: { enabled: false, disabledAt: now, disabledReason: reason, failingSince: null } });
  await failWaitingDeliveries(tx, { endpointId: endpoint.id, reason: `Not sent: the endpoint was disabled (${reason}).` });
  await appendEvent(tx, { portalId: endpoint.portalId, requestId: null, type: "webhook_endpoint_disabled", actor: "system", public: false, data: { endpointId: endpoint.id, url: endpoint.url, reason }, at: now });
  const portal = (await getPortalById(tx, { id: endpoint.portalId }))!;
  const admins = (await listMembers(tx, { portalId: portal.id })).filter((m) => m.role === "admin");
  const props = { portalName: portal.name, url: endpoint.url, reason, settingsUrl: `${appUrl}/staff/settings/${portal.slug}/webhooks` };
  for (const admin of admins) {
    if (admin.email) await enqueueEmail(tx, { template: webhookEndpointDisabledEmail, props, to: admin.email, language: staffEmailLanguage(admin.language), portalId: portal.id, now });
  }
  kickMailWorker();
}
