import type { Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { getRequestReference } from "../../db/queries/related";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { appealDecisionEmail } from "../../emails";
import { CaseError, emailRequester, issueStatusUrl, recordCaseEvent, staffActor, staffText } from "../cases/shared";
import { transition } from "../lifecycle";
import { appealDecisionComplaint } from "./rights";
import { MAX_GROUNDS } from "../validation/appeal";

export type AppealOutcome = "granted" | "denied";

/** Stored as the rejection reason of a denied appeal, so reports count denials apart from other rejections. */
export const APPEAL_DENIED = "appeal_denied";

/**
 * Decides an appeal in writing, with reasons (Va. Code §59.1-577(C)). Granted,
 * the appeal completes; denied, it is rejected, and the email names the body the
 * requester may complain to, as the law requires.
 */
export function decideAppeal(
  db: Db,
  { request, portal, outcome, explanation, by, now, appUrl }: { request: DsrRequest; portal: Portal; outcome: AppealOutcome; explanation: string; by: string; now: Date; appUrl: string },
) {
  if (request.type !== "appeal" || request.appealOf === null) throw new CaseError("appeal_only");
  const text = staffText(explanation, { max: MAX_GROUNDS, tooLong: "appeal_explanation_too_long" });
  if (!text) throw new CaseError("appeal_explanation_required");
  const status = transition(request.status, outcome === "granted" ? "complete" : "reject");
  const regime = request.deadlinePolicy?.regime ?? portal.regime;
  db.transaction(
    (tx) => {
      const set = { status, resolution: text, rejectionReason: outcome === "denied" ? APPEAL_DENIED : null, closedAt: now, nextReminderAt: null };
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set })) throw new CaseError("changed_meanwhile");
      closePause(tx, { requestId: request.id, at: now });
      recordCaseEvent(tx, request, { type: "appeal_decided", actor: staffActor(by), visible: true, data: { outcome }, at: now });
      const original = getRequestReference(tx, { id: request.appealOf! });
      emailRequester(tx, request, {
        template: appealDecisionEmail,
        props: {
          portalName: portal.name,
          contactEmail: portal.contactEmail,
          reference: request.reference,
          originalReference: original?.reference ?? "",
          outcome,
          explanation: text,
          complaint: appealDecisionComplaint(regime, outcome) ?? null,
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
        },
        now,
      });
    },
    { behavior: "immediate" },
  );
}
