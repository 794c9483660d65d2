import "server-only";
import { apiActor, type ApiKeyPrincipal } from "../api-keys/authenticate";
import type { Executor } from "../../db/client";
import { listPauses } from "../../db/queries/cases";
import type { DeadlinePolicy, DsrRequest } from "../../db/schema";
import type { RequestChanges } from "../../db/queries/requests";
import type { DeadlineResult } from "../deadlines";
import { firstReminderAt } from "../reminders/deadline-schedule";
import { computeRequestDeadline, pausesInZone } from "../requests/deadline";
import { DomainError, type CaseErrorCode } from "../staff/errors";
import { forbiddenCharacter } from "../validation/plain-text";

/**
 * A refusal a staff member should read: the action is not possible, and why.
 * It carries a code of the staff error catalogue; the page shows the code's words.
 */
export class CaseError extends DomainError {
  declare readonly code: CaseErrorCode;
  constructor(code: CaseErrorCode) {
    super(code);
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

/**
 * Who acts on a case: a staff member in the browser, or an operator's own
 * system through one of the portal's API keys. Both go through the same use
 * cases; the audit trail says which.
 */
export type Actor = { staff: string } | { apiKey: Pick<ApiKeyPrincipal, "id" | "name"> };

/** The actor as the audit trail records it. */
export function actorLabel(by: Actor): string {
  return "staff" in by ? `staff:${by.staff}` : apiActor(by.apiKey);
}

/** The staff member behind an action, for the columns that name one; none for an API key. */
export function staffMember(by: Actor): string | null {
  return "staff" in by ? by.staff : null;
}

/**
 * The request's deadline from the policy it was given at verification, with
 * every pause so far (one still running counts to `now`) and its extension.
 */
export async function currentDeadline(db: Executor, request: DsrRequest, { now, extended = request.extendedAt !== null }: { now: Date; extended?: boolean }) {
  if (!request.deadlinePolicy) throw new CaseError("no_deadline_policy");
  const pauses = pausesInZone(await listPauses(db, { requestId: request.id }), request.deadlinePolicy.timeZone, now);
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
): RequestChanges {
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
