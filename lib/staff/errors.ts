import type { Role } from "../../db/schema";
import { messages, type Messages } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";
import type { ErrorParams } from "../i18n/messages/en/staff-errors";

/** What a parameterised text may be given; every parameter is optional, since a code from a URL comes without any. */
type Params = ErrorParams;

/**
 * Every refusal a staff page can show, by code, worded by the catalogue's
 * `staffErrors` in the member's language. Only a code travels in a URL
 * (`?error=`); its words come from the catalogue, so a crafted link cannot put
 * its own text in the app's alert. A few texts name what was refused (an
 * address, a basis): they take parameters, which only server code passes (a
 * DomainError's `params`), never a URL.
 */
const CASE_ERRORS = messages("en").staffErrors.codes;

export type CaseErrorCode = keyof typeof CASE_ERRORS;

/** The requester form's texts that are no field's error: the form's summary and the submit limits. */
const NOT_FIELD_ERRORS = ["summary", "tooFast", "rateLimited"] as const;
/** The requester form's field error keys, as the catalogue words them. */
export type RequestErrorKey = Exclude<keyof Messages["portal"]["form"]["errors"], (typeof NOT_FIELD_ERRORS)[number]>;
/** The request form's field errors (manual intake), under `request.<key>`, in the requester form's words. */
export type RequestFieldErrorCode = `request.${RequestErrorKey}`;
export type StaffErrorCode = CaseErrorCode | RequestFieldErrorCode;

/** Shown (in English) for a code this catalogue does not know: never the code or any other text from the URL. */
export const UNKNOWN_ERROR_TEXT = messages("en").staffErrors.unknown;

export function requestFieldErrorCode(key: RequestErrorKey): RequestFieldErrorCode {
  return `request.${key}`;
}

const REQUEST_PREFIX = "request.";

/** Whether `code` is one of the catalogue's codes (and not, say, `constructor`). */
export function isStaffErrorCode(code: unknown): code is StaffErrorCode {
  if (typeof code !== "string") return false;
  if (Object.hasOwn(CASE_ERRORS, code)) return true;
  const key = code.slice(REQUEST_PREFIX.length);
  return code.startsWith(REQUEST_PREFIX) && Object.hasOwn(messages("en").portal.form.errors, key) && !(NOT_FIELD_ERRORS as readonly string[]).includes(key);
}

/** The words for a code from a URL, in `language`; anything else gets the generic text. */
export function staffErrorText(code: string, params: Params = {}, language: Language = "en"): string {
  const catalogue = messages(language);
  if (!isStaffErrorCode(code)) return catalogue.staffErrors.unknown;
  if (code.startsWith(REQUEST_PREFIX)) {
    // The details KVKK and 152-FZ require are typed in by staff from what the requester sent: worded for them, not as "your".
    const key = code.slice(REQUEST_PREFIX.length);
    return Object.hasOwn(catalogue.staffIdentity.errors, key) ? catalogue.staffIdentity.errors[key as keyof Messages["staffIdentity"]["errors"]] : catalogue.portal.form.errors[key as RequestErrorKey];
  }
  const entry: string | ((p: Params) => string) = catalogue.staffErrors.codes[code as CaseErrorCode];
  return typeof entry === "function" ? entry(params) : entry;
}

/** The texts of a page's `?error=` values (one or several), in order, without repeats, in `language`. */
export function staffErrorTexts(param: string | string[] | undefined, language: Language = "en"): string[] {
  const codes = param === undefined ? [] : Array.isArray(param) ? param : [param];
  return [...new Set(codes.map((code) => staffErrorText(code, {}, language)))];
}

/**
 * The one family of refusals a staff member reads: the action is not
 * possible, and why, as a code of this catalogue (and, for a form, the field
 * it concerns). The staff-action kernel (lib/staff/action.ts) turns it into
 * the form's field or form error, or a `?error=` code; never an error page.
 */
export class DomainError extends Error {
  readonly field?: string;
  readonly params?: Params;
  constructor(
    readonly code: StaffErrorCode,
    { field, params }: { field?: string; params?: Params } = {},
  ) {
    super(staffErrorText(code, params));
    this.name = "DomainError";
    this.field = field;
    this.params = params;
  }
}

/** Several refusals at once, each on its own field (manual intake's request fields: every problem shown, not the first). */
export class DomainErrors extends Error {
  constructor(readonly errors: readonly DomainError[]) {
    super(errors.map((e) => e.message).join(" "));
    this.name = "DomainErrors";
  }
}

/** The member's role on the portal is below what the action needs: catalogue code `forbidden`. */
export class ForbiddenError extends DomainError {
  constructor(
    readonly role: Role,
    readonly needed: Role,
  ) {
    super("forbidden");
    this.name = "ForbiddenError";
  }
}

/**
 * A refusal in the catalogue's terms: a DomainError, or (until they extend
 * DomainError) CaseError and TransitionError, which carry a catalogue `code`.
 * Anything else (a driver's error with a code of its own) is not one.
 */
export function asDomainError(e: unknown): DomainError | undefined {
  if (e instanceof DomainError) return e;
  if (e instanceof Error && "code" in e && isStaffErrorCode(e.code)) return new DomainError(e.code);
  return undefined;
}
