import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { unflagDuplicatesOfOtherType } from "../../db/queries/related";
import { deleteRequest, updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import type { RequestType } from "../deadlines";
import { can, transition } from "../lifecycle";
import { flagPossibleDuplicate } from "../requests/duplicates";
import { recordRequestEvent } from "../requests/kit";
import { queueRequestWebhook } from "../webhooks/request-events";
import { CaseError, actorLabel, currentDeadline, deadlineColumns, type Actor } from "./shared";

/**
 * Triage of an emailed request (issue 14). It is a flag beside the status, not
 * a status: the request was verified (or waits for verification) like any
 * other, and its clock has run from the message's arrival all along. Staff
 * confirm the type the classifier suggested or choose another, or end it as
 * "not a request"; either is audited.
 */
function needsTriage(request: DsrRequest): void {
  if (request.triage !== "needs_triage") throw new CaseError("triage_not_needed");
}

/**
 * Staff confirm the request's type. A new type takes the portal's promise for
 * it, with the clock start, pauses and extension kept, so the deadline is the
 * one the request would have had with that type from the start. A verified
 * request is looked at again for a possible duplicate under the new type: a
 * flag (or a decision to keep it) was about the classifier's guess, and an
 * earlier request of the confirmed type may be the one it repeats. Later
 * requests flagged as repeating it under the guessed type no longer do: their
 * flags go, and each is looked at again for another earlier request it repeats.
 */
export async function confirmRequestType(db: Db, { request, portal, type, by, now }: { request: DsrRequest; portal: Portal; type: RequestType; by: Actor; now: Date }) {
  needsTriage(request);
  if (!portal.requestTypes.includes(type) || type === "appeal") throw new CaseError("triage_type_not_offered");
  await withTransaction(db, async (tx) => {
    const policy = request.deadlinePolicy && { ...request.deadlinePolicy, promise: portal.promises[type] };
    const retyped = { ...request, type, deadlinePolicy: policy };
    const retype = type !== request.type;
    const deadline = policy && retype ? await currentDeadline(tx, retyped, { now }) : undefined;
    const unlink = retype && request.duplicateState !== null && request.duplicateState !== "merged";
    const set = {
      type,
      triage: "confirmed" as const,
      ...(deadline && policy ? { deadlinePolicy: policy, ...deadlineColumns(deadline, { request: retyped, policy, reminderDays: portal.reminderDays, now }) } : {}),
      ...(unlink ? { duplicateOf: null, duplicateState: null } : {}),
    };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, {
      type: "triage_confirmed",
      actor: actorLabel(by),
      data: { type, suggested: request.type, ...(deadline ? { dueDate: deadline.dueDate } : {}), ...(unlink ? { duplicateCleared: request.duplicateState } : {}) },
      at: now,
    });
    if (retype && request.verifiedAt && request.duplicateState !== "merged") {
      await flagPossibleDuplicate(tx, { request: { ...retyped, duplicateOf: null, duplicateState: null }, portal, now });
    }
    const unflagged = retype ? await unflagDuplicatesOfOtherType(tx, { duplicateOf: request.id, type }) : [];
    for (const later of unflagged) {
      await recordRequestEvent(tx, later, { type: "duplicate_cleared", actor: actorLabel(by), data: { earlier: request.reference, earlierType: type, duplicateCleared: "flagged" }, at: now });
      await flagPossibleDuplicate(tx, { request: later, portal, now });
    }
  });
}

/**
 * Staff end an emailed request as not a request at all (a newsletter reply, a
 * sales pitch, a question for support): nothing is emailed to the sender. A
 * verified one closes as rejected with the reason "not_a_request", its trail
 * kept; an unverified one is erased, as an unconfirmed request is when its
 * link lapses, and only the trail's entry remains.
 */
export async function dismissAsNotARequest(db: Db, { request, by, now }: { request: DsrRequest; by: Actor; now: Date }) {
  needsTriage(request);
  await withTransaction(db, async (tx) => {
    if (can(request.status, "expire")) {
      transition(request.status, "expire");
      await deleteRequest(tx, { id: request.id });
    } else {
      const status = transition(request.status, "reject");
      const set = { status, triage: "not_a_request" as const, rejectionReason: "not_a_request", closedAt: now, nextReminderAt: null };
      if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
      await closePause(tx, { requestId: request.id, at: now });
      await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.rejected", now });
    }
    await recordRequestEvent(tx, request, { type: "triage_not_a_request", actor: actorLabel(by), at: now });
  });
}
