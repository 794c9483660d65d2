import { ACTIVE_STATUSES, type DsrRequest, type Portal, type RequestStatus } from "../../db/schema";
import { IDENTITY_INPUTS, checkIdentityCompletion, identityRuleFor, type IdentityRule } from "../validation/request";

/** What a request can lack of what KVKK or 152-FZ make it carry, in the order the laws list them. */
export const IDENTITY_GAP_FIELDS = [
  "name",
  "citizenship",
  "tcIdentityNumber",
  "nationality",
  "foreignDocumentNumber",
  "noticeAddress",
  "details",
  "documentNumber",
  "documentIssuedOn",
  "documentIssuer",
  "accountId",
  "signature",
] as const;
export type IdentityGapField = (typeof IDENTITY_GAP_FIELDS)[number];

/** Still to be answered: the open statuses, and an emailed request waiting for its sender's confirmation. */
export const UNANSWERED: readonly RequestStatus[] = [...ACTIVE_STATUSES, "submitted"];

type Checked = Pick<DsrRequest, "type" | "name" | "accountId" | "details" | "identity" | "status">;

/**
 * What staff may post for a request that came without its law's details: the
 * details, and those of the request's own fields it came without. Under 152-FZ
 * also the name, as the requester signed the application: the signature must be
 * that name (art. 14(3)), and the name an email's sender or a DRP claim carries
 * ("Ivan Petrov") is seldom the full name signed ("Петров Иван Иванович").
 * Nothing else: a subject or an address the request came with is the requester's own.
 */
export function postableFields(rule: IdentityRule, request: Pick<DsrRequest, "name" | "accountId" | "details">): Set<string> {
  const own = (["name", "accountId", "details"] as const).filter((field) => !request[field]?.trim() || (field === "name" && rule === "152fz"));
  return new Set<string>([...IDENTITY_INPUTS, ...own]);
}

/** The request's own fields as stored, in the schema's terms. */
export function storedFields(request: Pick<DsrRequest, "type" | "name" | "accountId" | "details">) {
  return { type: request.type, name: request.name ?? undefined, accountId: request.accountId ?? undefined, details: request.details ?? undefined };
}

/**
 * The details the portal's law requires that an open request came without. The
 * web form, the API and manual intake refuse a request without them; a request by
 * email or from a DRP agent is taken as it came (it is the requester's application
 * all the same, and the operator must answer it in time), and staff obtain what is
 * missing before answering. Checked by the request schema itself, so the two lists
 * cannot drift apart, and only on what staff can post (`postableFields`), so every
 * gap named is one staff can close. A closed request's details are erased on purpose: it has none.
 */
export function identityGaps(portal: Pick<Portal, "regime">, request: Checked): { rule: IdentityRule; missing: IdentityGapField[] } | undefined {
  const rule = identityRuleFor(portal.regime);
  if (!rule || !UNANSWERED.includes(request.status)) return undefined;
  const identity = request.identity ?? {};
  const citizenship = identity.tcIdentityNumber ? "tr" : identity.nationality || identity.foreignDocumentNumber ? "foreign" : undefined;
  const checked = checkIdentityCompletion(rule, { ...storedFields(request), citizenship, ...identity, signatureConfirmed: Boolean(identity.signature) }, postableFields(rule, request));
  if (checked.ok) return undefined;
  const failed = new Set(checked.issues.map((issue) => (issue.field === "signatureConfirmed" ? "signature" : issue.field)));
  const missing = IDENTITY_GAP_FIELDS.filter((field) => failed.has(field));
  return missing.length > 0 ? { rule, missing } : undefined;
}
