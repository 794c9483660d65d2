import type { Db } from "../../db/client";
import { closePause, insertMessage, openPause } from "../../db/queries/cases";
import { getPortalById } from "../../db/queries/portals";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { clarificationRequestEmail } from "../../emails";
import { pausesClock } from "../deadlines";
import { transition } from "../lifecycle";
import { MAX_MESSAGE } from "./limits";
import { CaseError, currentDeadline, deadlineColumns, emailRequester, issueStatusUrl, recordCaseEvent, staffActor, staffText } from "./shared";

function text(body: string, what: "question" | "answer"): string {
  const value = staffText(body, { max: MAX_MESSAGE, tooLong: `${what}_too_long` });
  if (!value) throw new CaseError(`${what}_empty`);
  return value;
}

/**
 * Staff ask the requester a question: the request waits, the clock pauses where
 * the regime allows (the pause is recorded either way; the engine decides), and
 * the question goes out by email with a link to answer on the status page.
 */
export function askRequester(db: Db, { request, portal, question, by, now, appUrl }: { request: DsrRequest; portal: Portal; question: string; by: string; now: Date; appUrl: string }) {
  const body = text(question, "question");
  const status = transition(request.status, "ask");
  db.transaction(
    (tx) => {
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status } })) throw new CaseError("changed_meanwhile");
      openPause(tx, { requestId: request.id, at: now });
      insertMessage(tx, { requestId: request.id, from: "staff", authorId: by, body, at: now });
      recordCaseEvent(tx, request, { type: "clarification_requested", actor: staffActor(by), visible: true, at: now });
      const policy = request.deadlinePolicy;
      emailRequester(tx, request, {
        template: clarificationRequestEmail,
        props: {
          portalName: portal.name,
          reference: request.reference,
          question: body,
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
          clockPauses: policy ? pausesClock(policy.regime, request.type, policy.promise) : false,
        },
        now,
      });
    },
    { behavior: "immediate" },
  );
}

/** The requester answers on the status page: the pause ends and the deadline moves by the days waited, where the regime allows. */
export function answerQuestion(db: Db, { request, answer, now }: { request: DsrRequest; answer: string; now: Date }) {
  const body = text(answer, "answer");
  const status = transition(request.status, "answer", { workStarted: request.startedAt !== null });
  db.transaction(
    (tx) => {
      closePause(tx, { requestId: request.id, at: now });
      const deadline = currentDeadline(tx, request, { now });
      const { reminderDays } = getPortalById(tx, { id: request.portalId })!;
      const set = { status, ...deadlineColumns(deadline, { request: { ...request, status }, policy: request.deadlinePolicy!, reminderDays, now }) };
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set })) {
        throw new CaseError("changed_meanwhile");
      }
      insertMessage(tx, { requestId: request.id, from: "requester", body, at: now });
      recordCaseEvent(tx, request, { type: "clarification_answered", actor: "requester", visible: true, data: { dueDate: deadline.dueDate }, at: now });
    },
    { behavior: "immediate" },
  );
}
