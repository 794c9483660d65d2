import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getRequestForUpdate, updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { extensionNoticeEmail } from "../../emails";
import { DeadlineInputError } from "../deadlines";
import { localDate } from "../deadlines/zone";
import { CLOSED } from "../lifecycle";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { CaseError, currentDeadline, deadlineColumns, staffText, actorLabel, type Actor } from "./shared";
import { drpRequestChanged } from "../drp/callbacks";

/** Throws why `request`, as it stands, cannot be extended today. */
function checkExtensible(request: DsrRequest, portal: Portal, now: Date) {
  if (CLOSED.includes(request.status)) throw new CaseError("extension_closed");
  if (request.extendedAt) throw new CaseError("extension_already");
  const today = localDate(now, request.deadlinePolicy?.timeZone ?? portal.timeZone);
  if (!request.extensionNoticeBy) throw new CaseError("extension_not_allowed");
  if (today > request.extensionNoticeBy) throw new CaseError("extension_too_late");
}

/**
 * Extends the deadline once, as far as the regime allows, before the date by
 * which the requester had to be told; the requester is told now, with the reason.
 * The rules are checked on a fresh read inside the write transaction, not on
 * the request the page loaded: two agents pressing "Extend" together extend it once.
 */
export async function extendDeadline(db: Db, { request: seen, portal, reason, by, now, appUrl }: { request: DsrRequest; portal: Portal; reason: string; by: Actor; now: Date; appUrl: string }) {
  const why = staffText(reason, { max: 5000, tooLong: "extension_reason_too_long" });
  if (!why) throw new CaseError("extension_reason_required");
  await withTransaction(db, async (tx) => {
    // Locked while this transaction runs: extending leaves the status as it was, so only the lock
    // keeps a second agent's transaction from checking "not yet extended" before this one commits.
    const request = await getRequestForUpdate(tx, { id: seen.id });
    if (!request) throw new CaseError("changed_meanwhile");
    checkExtensible(request, portal, now);
    let deadline;
    try {
      deadline = await currentDeadline(tx, request, { now, extended: true });
    } catch (e) {
      if (e instanceof DeadlineInputError) throw new CaseError("extension_not_computable");
      throw e;
    }
    const set = {
      extendedAt: now,
      extensionReason: why,
      ...deadlineColumns(deadline, { request: { ...request, extendedAt: now }, policy: request.deadlinePolicy!, reminderDays: portal.reminderDays, now }),
    };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "extended", actor: actorLabel(by), visible: true, data: { from: request.dueDate, to: deadline.dueDate }, at: now });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await emailRequester(tx, request, {
      template: extensionNoticeEmail,
      props: {
        portalName: portal.name, contactEmail: portal.contactEmail,
        reference: request.reference,
        previousDueDate: request.dueDate ?? deadline.dueDate,
        newDueDate: deadline.dueDate,
        reason: why,
        statusUrl: (await issueStatusLink(tx, { request, portal, appUrl, now })).url,
      },
      now,
    });
  });
}
