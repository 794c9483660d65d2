import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { getRequestReference } from "../../db/queries/related";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { appealDecisionEmail } from "../../emails";
import { CaseError, staffText, actorLabel, type Actor } from "../cases/shared";
import { transition } from "../lifecycle";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { appealDecisionComplaint } from "./rights";
import { MAX_GROUNDS } from "../validation/appeal";
import { queueRequestWebhook } from "../webhooks/request-events";

export type AppealOutcome = "granted" | "denied";

/** Stored as the rejection reason of a denied appeal, so reports count denials apart from other rejections. */
export const APPEAL_DENIED = "appeal_denied";

/**
 * Decides an appeal in writing, with reasons (Va. Code §59.1-577(C)). Granted,
 * the appeal completes; denied, it is rejected, and the email names the body the
 * requester may complain to, as the law requires.
 */
export async function decideAppeal(
  db: Db,
  { request, portal, outcome, explanation, by, now, appUrl }: { request: DsrRequest; portal: Portal; outcome: AppealOutcome; explanation: string; by: Actor; now: Date; appUrl: string },
): Promise<void> {
  if (request.type !== "appeal" || request.appealOf === null) throw new CaseError("appeal_only");
  const appealOf = request.appealOf;
  const text = staffText(explanation, { max: MAX_GROUNDS, tooLong: "appeal_explanation_too_long" });
  if (!text) throw new CaseError("appeal_explanation_required");
  const status = transition(request.status, outcome === "granted" ? "complete" : "reject");
  const regime = request.deadlinePolicy?.regime ?? portal.regime;
  await withTransaction(db, async (tx) => {
    const set = { status, resolution: text, rejectionReason: outcome === "denied" ? APPEAL_DENIED : null, closedAt: now, nextReminderAt: null };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await closePause(tx, { requestId: request.id, at: now });
    await recordRequestEvent(tx, request, { type: "appeal_decided", actor: actorLabel(by), visible: true, data: { outcome }, at: now });
    const original = await getRequestReference(tx, { id: appealOf });
    await queueRequestWebhook(tx, {
      request: { ...request, status },
      type: outcome === "granted" ? "request.completed" : "request.rejected",
      now,
      extra: { appealOf: original?.reference ?? null, outcome, ...(outcome === "denied" ? { ground: APPEAL_DENIED } : {}) },
    });
    const link = await issueStatusLink(tx, { request, portal, appUrl, now });
    await emailRequester(tx, request, {
      template: appealDecisionEmail,
      props: {
        portalName: portal.name,
        contactEmail: portal.contactEmail,
        reference: request.reference,
        originalReference: original?.reference ?? "",
        outcome,
        explanation: text,
        complaint: appealDecisionComplaint(regime, outcome) ?? null,
        statusUrl: link.url,
      },
      now,
    });
  });
}
