import type { Db } from "../../db/client";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { extensionNoticeEmail } from "../../emails";
import { DeadlineInputError } from "../deadlines";
import { localDate } from "../deadlines/zone";
import { CLOSED } from "../lifecycle";
import { CaseError, currentDeadline, deadlineColumns, emailRequester, issueStatusUrl, recordCaseEvent, staffActor } from "./shared";

/**
 * Extends the deadline once, as far as the regime allows, before the date by
 * which the requester had to be told; the requester is told now, with the reason.
 */
export function extendDeadline(db: Db, { request, portal, reason, by, now, appUrl }: { request: DsrRequest; portal: Portal; reason: string; by: string; now: Date; appUrl: string }) {
  const why = reason.trim();
  if (!why) throw new CaseError("an extension needs a reason: the requester is told it");
  if (CLOSED.includes(request.status)) throw new CaseError("a closed request cannot be extended");
  if (request.extendedAt) throw new CaseError("this request has already been extended; the law allows one extension");
  const today = localDate(now, request.deadlinePolicy?.timeZone ?? portal.timeZone);
  if (!request.extensionNoticeBy) throw new CaseError("this request's regime allows no extension");
  if (today > request.extensionNoticeBy) throw new CaseError(`too late to extend: the requester had to be told by ${request.extensionNoticeBy}`);
  db.transaction(
    (tx) => {
      let deadline;
      try {
        deadline = currentDeadline(tx, request, { now, extended: true });
      } catch (e) {
        if (e instanceof DeadlineInputError) throw new CaseError(e.message);
        throw e;
      }
      const set = {
        extendedAt: now,
        extensionReason: why,
        ...deadlineColumns(deadline, { request: { ...request, extendedAt: now }, policy: request.deadlinePolicy!, reminderDays: portal.reminderDays, now }),
      };
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set })) throw new CaseError("the request changed meanwhile; reload and try again");
      recordCaseEvent(tx, request, { type: "extended", actor: staffActor(by), visible: true, data: { from: request.dueDate, to: deadline.dueDate }, at: now });
      emailRequester(tx, request, {
        template: extensionNoticeEmail,
        props: {
          portalName: portal.name, contactEmail: portal.contactEmail,
          reference: request.reference,
          previousDueDate: request.dueDate ?? deadline.dueDate,
          newDueDate: deadline.dueDate,
          reason: why,
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
        },
        now,
      });
    },
    { behavior: "immediate" },
  );
}
