import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { closePause, insertMessage, openPause } from "../../db/queries/cases";
import { getPortalById } from "../../db/queries/portals";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { clarificationRequestEmail } from "../../emails";
import { pausesClock } from "../deadlines";
import { transition } from "../lifecycle";
import { MAX_MESSAGE } from "./limits";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { CaseError, currentDeadline, deadlineColumns, staffText, actorLabel, staffMember, type Actor } from "./shared";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";
import { assertAgentAuthorized } from "../web-agents/guard";

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
export async function askRequester(db: Db, { request, portal, question, by, now, appUrl }: { request: DsrRequest; portal: Portal; question: string; by: Actor; now: Date; appUrl: string }) {
  const body = text(question, "question");
  const status = transition(request.status, "ask");
  await assertAgentAuthorized(db, request);
  await withTransaction(db, async (tx) => {
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status } }))) throw new CaseError("changed_meanwhile");
    await openPause(tx, { requestId: request.id, at: now });
    await insertMessage(tx, { requestId: request.id, from: "staff", authorId: staffMember(by), body, at: now });
    await recordRequestEvent(tx, request, { type: "clarification_requested", actor: actorLabel(by), visible: true, at: now });
    const policy = request.deadlinePolicy;
    await emailRequester(tx, request, {
      template: clarificationRequestEmail,
      props: {
        portalName: portal.name, contactEmail: portal.contactEmail,
        reference: request.reference,
        question: body,
        statusUrl: (await issueStatusLink(tx, { request, portal, appUrl, now })).url,
        clockPauses: policy ? pausesClock(policy.regime, request.type, policy.promise) : false,
      },
      now,
    });
  });
}

/** The requester answers on the status page: the pause ends and the deadline moves by the days waited, where the regime allows. */
export async function answerQuestion(db: Db, { request, answer, now }: { request: DsrRequest; answer: string; now: Date }) {
  const body = text(answer, "answer");
  const status = transition(request.status, "answer", { workStarted: request.startedAt !== null });
  await withTransaction(db, async (tx) => {
    await closePause(tx, { requestId: request.id, at: now });
    const deadline = await currentDeadline(tx, request, { now });
    const { reminderDays } = (await getPortalById(tx, { id: request.portalId }))!;
    const set = { status, ...deadlineColumns(deadline, { request: { ...request, status }, policy: request.deadlinePolicy!, reminderDays, now }) };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) {
      throw new CaseError("changed_meanwhile");
    }
    await insertMessage(tx, { requestId: request.id, from: "requester", body, at: now });
    await recordRequestEvent(tx, request, { type: "clarification_answered", actor: "requester", visible: true, data: { dueDate: deadline.dueDate }, at: now });
    await queueRequestWebhook(tx, { request: { ...request, status, dueAt: deadline.dueAt, dueDate: deadline.dueDate }, type: "request.clarification_answered", now });
    await drpRequestChanged(tx, { requestId: request.id, now });
  });
}
