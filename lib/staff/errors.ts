import { MAX_BACKDATE_DAYS, MAX_EXPORT_BYTES, MAX_MESSAGE } from "../cases/limits";
import { messages } from "../i18n/catalogue";
import { REQUEST_ERROR_KEYS, type RequestErrorKey } from "../validation/request";

/**
 * Every refusal a staff page can show, by code. Only a code travels in a URL
 * (`?error=`); its words come from here, so a crafted link cannot put its
 * own text in the app's alert. Staff pages are English for now.
 */
const CASE_ERRORS = {
  forbidden: "Your role on this portal cannot do this.",
  transition_not_allowed: "That cannot be done while the request has its current status.",
  changed_meanwhile: "The request changed meanwhile; reload and try again.",
  no_deadline_policy: "This request has no deadline policy; it was never verified.",
  assign_closed: "A closed request cannot be reassigned.",
  assignee_not_agent: "Requests can only be assigned to agents and admins of their portal.",
  question_empty: "The question cannot be empty.",
  question_too_long: `The question can be at most ${MAX_MESSAGE.toLocaleString("en")} characters.`,
  answer_empty: "The answer cannot be empty.",
  answer_too_long: `The answer can be at most ${MAX_MESSAGE.toLocaleString("en")} characters.`,
  note_empty: "A note cannot be empty.",
  note_too_long: "A note can be at most 10,000 characters.",
  extension_reason_required: "An extension needs a reason: the requester is told it.",
  extension_reason_too_long: "The reason can be at most 5,000 characters.",
  extension_closed: "A closed request cannot be extended.",
  extension_already: "This request has already been extended; the law allows one extension.",
  extension_not_allowed: "This request's regime allows no extension.",
  extension_too_late: "Too late to extend: the requester had to be told by the extension notice date shown with the deadline.",
  extension_not_computable: "The extended deadline cannot be computed under this request's regime.",
  rejection_reason_required: "Choose a reason for the rejection.",
  rejection_ground_not_in_regime: "That reason is not a ground for rejection under this request's law: choose one of the grounds offered.",
  rejection_message_required: 'A rejection for "other" reasons needs a message that explains it.',
  rejection_message_too_long: "The message can be at most 5,000 characters.",
  own_completion_form: "This request type is completed with its own form.",
  resolution_required: "Say what was changed or stopped: the requester is told.",
  resolution_too_long: "The description can be at most 5,000 characters.",
  effective_date_invalid: "The date it takes effect must be a date (YYYY-MM-DD).",
  checklist_not_deletion: "Only a deletion request is completed with a deletion checklist.",
  checklist_incomplete: "Mark every data category exactly once, as deleted or kept.",
  checklist_basis_required: "Every kept category needs its legal basis from the portal's catalogue.",
  checklist_keep_until_invalid: "Every kept category needs a keep-until date after today.",
  checklist_category_always_deleted: "A category that is always deleted (no retention basis allows keeping it) was marked as kept.",
  checklist_basis_not_for_category: "A category was kept under a basis not allowed for it: choose one of the bases its row offers.",
  checklist_anchor_required: "A basis counted from a date (such as the user's last payment) needs that date.",
  checklist_keep_until_too_early: "A keep-until date is earlier than its basis allows: at least the basis's period from the date it counts from.",
  checklist_basis_elapsed: "That basis's period has already run out (counted from the date given): the data must be deleted, not kept.",
  export_not_for_type: "Only access and portability requests are answered with an export.",
  export_file_type: "The export must be a .json, .csv or .zip file.",
  export_empty: "The export file is empty.",
  export_too_large: `The export can be at most ${MAX_EXPORT_BYTES / 1024 / 1024} MB.`,
  intake_needs_agent: "Recording requests needs an agent's or admin's role on this portal.",
  intake_channel_required: "Choose how the request was received.",
  intake_evidence_too_long: "The identity evidence can be at most 1,000 characters, on one line.",
  intake_evidence_required: 'Say how the requester\'s identity was established, e.g. "sent from the registered address".',
  intake_received_at_required: "Give the date and time the request was received.",
  intake_received_in_future: "The request cannot have been received in the future.",
  intake_backdated_too_far: `A receipt can be back-dated by at most ${MAX_BACKDATE_DAYS} days.`,
  text_bad_character: "The text contains an invisible control or text-direction character (often pasted from another document): type it again without it.",
  outbox_not_failed: "That message is no longer failed: it was resent or delivered meanwhile.",
  duplicate_not_flagged: "This request is not flagged as a possible duplicate.",
  duplicate_earlier_gone: "The earlier request is no longer being answered (closed, withdrawn or merged itself); keep this one instead.",
  duplicate_other_address: "The earlier request came from another address (it matched by account ID only): keep this one, or reject it in its own right.",
  appeal_only: "Only an appeal is decided with this form.",
  appeal_outcome_required: "Choose whether the appeal is granted or denied.",
  appeal_explanation_required: "Explain the decision: the law requires a written explanation of its reasons.",
  appeal_explanation_too_long: "The explanation can be at most 5,000 characters.",
} as const;

export type CaseErrorCode = keyof typeof CASE_ERRORS;

/** The request form's field errors (manual intake), under `request.<key>`, in the requester form's words. */
export type RequestFieldErrorCode = `request.${RequestErrorKey}`;
export type StaffErrorCode = CaseErrorCode | RequestFieldErrorCode;

/** Shown for a code this catalogue does not know: never the code or any other text from the URL. */
export const UNKNOWN_ERROR_TEXT = "That did not work. Reload the page and try again.";

export function requestFieldErrorCode(key: RequestErrorKey): RequestFieldErrorCode {
  return `request.${key}`;
}

/** The words for a code from a URL; anything else gets the generic text. */
export function staffErrorText(code: string): string {
  if (Object.hasOwn(CASE_ERRORS, code)) return CASE_ERRORS[code as CaseErrorCode];
  const key = REQUEST_ERROR_KEYS.find((k) => code === requestFieldErrorCode(k));
  return key ? messages("en").portal.form.errors[key] : UNKNOWN_ERROR_TEXT;
}

/** The texts of a page's `?error=` values (one or several), in order, without repeats. */
export function staffErrorTexts(param: string | string[] | undefined): string[] {
  const codes = param === undefined ? [] : Array.isArray(param) ? param : [param];
  return [...new Set(codes.map(staffErrorText))];
}

/** A code's text; typed, for server code that knows its code. */
export function caseErrorText(code: CaseErrorCode): string {
  return CASE_ERRORS[code];
}
