import type { Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { rejectionNoticeEmail } from "../../emails";
import { REJECTION_REASONS, type RejectionReason } from "../../emails/rejection-notice";
import { transition } from "../lifecycle";
import { complaintRoute, type ComplaintRoute } from "../appeals/rights";
import { appealWindow } from "../appeals/window";
import { CaseError, emailRequester, issueStatusUrl, recordCaseEvent, staffActor, staffText } from "./shared";

export function isRejectionReason(value: unknown): value is RejectionReason {
  return (REJECTION_REASONS as readonly unknown[]).includes(value);
}

/** Rejects with a reason from the fixed list and a message; "other" needs the message to say why. */
export function rejectRequest(
  db: Db,
  { request, portal, reason, message, by, now, appUrl }: { request: DsrRequest; portal: Portal; reason: RejectionReason; message: string; by: string; now: Date; appUrl: string },
) {
  const text = staffText(message, { max: 5000, tooLong: "rejection_message_too_long" });
  if (reason === "other" && !text) throw new CaseError("rejection_message_required");
  const status = transition(request.status, "reject");
  db.transaction(
    (tx) => {
      const set = { status, rejectionReason: reason, resolution: text || null, closedAt: now, nextReminderAt: null };
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set })) throw new CaseError("changed_meanwhile");
      closePause(tx, { requestId: request.id, at: now });
      recordCaseEvent(tx, request, { type: "rejected", actor: staffActor(by), visible: true, data: { reason }, at: now });
      emailRequester(tx, request, {
        template: rejectionNoticeEmail,
        props: {
          portalName: portal.name,
          reference: request.reference,
          reason,
          message: text,
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
          ...furtherSteps(portal, { ...request, status, closedAt: now }, now),
        },
        now,
      });
    },
    { behavior: "immediate" },
  );
}

/** What the rejection tells the requester they can do next: appeal where the law gives an appeal, else complain to the authority. */
function furtherSteps(portal: Portal, decided: DsrRequest, now: Date): { appealUntil?: string; complaint?: ComplaintRoute } {
  const window = appealWindow({ portal, request: decided, appealed: false, now });
  if (window.state === "open") return { appealUntil: window.until };
  const complaint = complaintRoute(decided.deadlinePolicy?.regime ?? portal.regime);
  return complaint ? { complaint } : {};
}
