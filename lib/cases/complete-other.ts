import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { requestCompletedEmail } from "../../emails";
import { parseIsoDate } from "../deadlines";
import { messages } from "../i18n/catalogue";
import { transition } from "../lifecycle";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { CaseError, staffText, actorLabel, type Actor } from "./shared";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";
import { assertAgentAuthorized } from "../web-agents/guard";

/** Completes a correction, restriction, objection, consent withdrawal or stop of processing: what was done, and from when. */
export async function completeWithResolution(
  db: Db,
  { request, portal, resolution, effectiveFrom, by, now, appUrl }: { request: DsrRequest; portal: Portal; resolution: string; effectiveFrom: string | null; by: Actor; now: Date; appUrl: string },
) {
  if (["deletion", "access", "portability", "appeal"].includes(request.type)) throw new CaseError("own_completion_form");
  const text = staffText(resolution, { max: 5000, tooLong: "resolution_too_long" });
  if (!text) throw new CaseError("resolution_required");
  if (effectiveFrom !== null && !parseIsoDate(effectiveFrom)) throw new CaseError("effective_date_invalid");
  const status = transition(request.status, "complete");
  await assertAgentAuthorized(db, request);
  await withTransaction(db, async (tx) => {
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, resolution: text, closedAt: now, nextReminderAt: null } }))) {
      throw new CaseError("changed_meanwhile");
    }
    await recordRequestEvent(tx, request, { type: "completed", actor: actorLabel(by), visible: true, data: { effectiveFrom }, at: now });
    await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.completed", now, extra: { effectiveFrom } });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await emailRequester(tx, request, {
      template: requestCompletedEmail,
      props: {
        portalName: portal.name, contactEmail: portal.contactEmail,
        reference: request.reference,
        requestTypeLabel: messages(request.language).requestTypes[request.type].label,
        resolution: text,
        effectiveFrom,
        statusUrl: (await issueStatusLink(tx, { request, portal, appUrl, now })).url,
      },
      now,
    });
  });
}
