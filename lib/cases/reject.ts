import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { rejectionNoticeEmail } from "../../emails";
import type { RegimeId } from "../deadlines";
import { rejectionGrounds, type RejectionGround } from "../deadlines/rejection-grounds";
import { transition } from "../lifecycle";
import { complaintRoute, type ComplaintRoute } from "../appeals/rights";
import { appealWindow } from "../appeals/window";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { CaseError, staffText, actorLabel, type Actor } from "./shared";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";

/** The regime the request is decided under: the one it was given when it opened, else the portal's. */
function requestRegime(request: DsrRequest, portal: Portal): RegimeId {
  return request.deadlinePolicy?.regime ?? portal.regime;
}

/** The grounds staff may reject this request on, each with its article. */
export function groundsFor(request: DsrRequest, portal: Portal): readonly RejectionGround[] {
  return rejectionGrounds(requestRegime(request, portal));
}

/**
 * Rejects on one of the regime's own grounds (a ground another law has, such as
 * GDPR's "manifestly unfounded" under KVKK, is refused) with a message; "other"
 * needs the message to say why. The email cites the ground's article.
 */
export async function rejectRequest(
  db: Db,
  { request, portal, reason, message, by, now, appUrl }: { request: DsrRequest; portal: Portal; reason: string; message: string; by: Actor; now: Date; appUrl: string },
) {
  const regime = requestRegime(request, portal);
  const ground = rejectionGrounds(regime).find((g) => g.id === reason);
  if (!ground) throw new CaseError(reason ? "rejection_ground_not_in_regime" : "rejection_reason_required");
  const text = staffText(message, { max: 5000, tooLong: "rejection_message_too_long" });
  if (ground.id === "other" && !text) throw new CaseError("rejection_message_required");
  const status = transition(request.status, "reject");
  await withTransaction(db, async (tx) => {
    const set = { status, rejectionReason: ground.id, resolution: text || null, closedAt: now, nextReminderAt: null };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await closePause(tx, { requestId: request.id, at: now });
    await recordRequestEvent(tx, request, { type: "rejected", actor: actorLabel(by), visible: true, data: { reason: ground.id, article: ground.article }, at: now });
    await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.rejected", now, extra: { ground: ground.id } });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await emailRequester(tx, request, {
      template: rejectionNoticeEmail,
      props: {
        portalName: portal.name,
        contactEmail: portal.contactEmail,
        reference: request.reference,
        ground,
        regime,
        message: text,
        statusUrl: (await issueStatusLink(tx, { request, portal, appUrl, now })).url,
        ...furtherSteps(portal, { ...request, status, closedAt: now }, now),
      },
      now,
    });
  });
}

/** What the rejection tells the requester they can do next: appeal where the law gives an appeal, else complain to the authority. */
function furtherSteps(portal: Portal, decided: DsrRequest, now: Date): { appealUntil?: string; complaint?: ComplaintRoute } {
  const window = appealWindow({ portal, request: decided, appealed: false, now });
  if (window.state === "open") return { appealUntil: window.until };
  const complaint = complaintRoute(requestRegime(decided, portal));
  return complaint ? { complaint } : {};
}
