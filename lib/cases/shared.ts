import type { Executor } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { listPauses } from "../../db/queries/cases";
import { insertToken } from "../../db/queries/tokens";
import type { EmailTemplate } from "../../emails/template";
import { enqueueEmail } from "../mail/outbox";
import type { DeadlinePolicy, DsrRequest, NewDsrRequest, Portal } from "../../db/schema";
import type { DeadlineResult } from "../deadlines";
import { firstReminderAt } from "../reminders/deadline-schedule";
import { computeRequestDeadline, pausesInZone } from "../requests/deadline";
import { statusUrl } from "../requests/links";
import { caseErrorText, type CaseErrorCode } from "../staff/errors";
import { forbiddenCharacter } from "../validation/plain-text";
import { newToken, STATUS_TOKEN_TTL_MS } from "../verification";

/**
 * A refusal a staff member should read: the action is not possible, and why.
 * It carries a code of the staff error catalogue; the page shows the code's words.
 */
export class CaseError extends Error {
  constructor(readonly code: CaseErrorCode) {
    super(caseErrorText(code));
    this.name = "CaseError";
  }
}

/**
 * Staff free text, trimmed: at most `max` characters (else `tooLong`) and none
 * of the characters no free-text field accepts (the rule in
 * lib/validation/plain-text.ts). Refusing an empty text is the caller's, with its own code.
 */
export function staffText(raw: string, { max, tooLong, multiline = true }: { max: number; tooLong: CaseErrorCode; multiline?: boolean }): string {
  const text = raw.trim();
  if (text.length > max) throw new CaseError(tooLong);
  if (forbiddenCharacter(text, { multiline })) throw new CaseError("text_bad_character");
  return text;
}

/** Queues an email to the request's requester, in their language, filed under the request. */
export function emailRequester<Props>(tx: Executor, request: DsrRequest, { template, props, now }: { template: EmailTemplate<Props>; props: Props; now: Date }) {
  return enqueueEmail(tx, { template, props, to: request.email, language: request.language, requestId: request.id, now });
}

export function staffActor(userId: string): string {
  return `staff:${userId}`;
}

export function recordCaseEvent(
  tx: Executor,
  request: DsrRequest,
  { type, actor, data = {}, visible = false, at }: { type: string; actor: string; data?: Record<string, unknown>; visible?: boolean; at: Date },
) {
  appendEvent(tx, { portalId: request.portalId, requestId: request.id, type, actor, public: visible, data, at });
}

/** Each email that points to the status page carries a fresh status link: only hashes are stored, so old links cannot be re-sent. */
export function issueStatusUrl(tx: Executor, { request, portal, appUrl, now }: { request: DsrRequest; portal: Portal; appUrl: string; now: Date }): string {
  const { token, hash } = newToken();
  insertToken(tx, { requestId: request.id, purpose: "status", hash, expiresAt: new Date(now.getTime() + STATUS_TOKEN_TTL_MS) });
  return statusUrl(appUrl, portal.slug, token);
}

/**
 * The request's deadline from the policy it was given at verification, with
 * every pause so far (one still running counts to `now`) and its extension.
 */
export function currentDeadline(tx: Executor, request: DsrRequest, { now, extended = request.extendedAt !== null }: { now: Date; extended?: boolean }) {
  if (!request.deadlinePolicy) throw new CaseError("no_deadline_policy");
  const pauses = pausesInZone(listPauses(tx, { requestId: request.id }), request.deadlinePolicy.timeZone, now);
  return computeRequestDeadline(request.deadlinePolicy, request.type, { pauses, extended });
}

/**
 * The columns a deadline sets, with the time the scheduler next looks at the
 * request's reminders. Every change to a deadline (verification, intake,
 * answer, extension) goes through here, so the stored time cannot go stale.
 */
export function deadlineColumns(
  deadline: DeadlineResult,
  { request, policy, reminderDays, now }: { request: Pick<DsrRequest, "status" | "type" | "extendedAt">; policy: DeadlinePolicy; reminderDays: readonly number[]; now: Date },
): Partial<NewDsrRequest> {
  return {
    dueAt: deadline.dueAt,
    dueDate: deadline.dueDate,
    extensionNoticeBy: deadline.extensionNoticeBy,
    acknowledgeBy: deadline.acknowledgeBy,
    refusalBy: deadline.refusalBy,
    deadlineProvisional: deadline.provisional,
    deadlineSteps: deadline.steps,
    nextReminderAt: firstReminderAt({ ...request, ...deadline, policy, reminderDays }, now),
  };
}
