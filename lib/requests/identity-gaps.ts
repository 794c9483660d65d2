import { ACTIVE_STATUSES, type DsrRequest, type Portal, type RequestStatus } from "../../db/schema";
import { identityRuleFor, requestSchemaFor, type IdentityRule } from "../validation/request";

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

type Checked = Pick<DsrRequest, "type" | "email" | "name" | "accountId" | "details" | "identity" | "status">;

/**
 * The details the portal's law requires that an open request came without. The
 * web form, the API and manual intake refuse a request without them; a request by
 * email or from a DRP agent is taken as it came (it is the requester's application
 * all the same, and the operator must answer it in time), and staff obtain what is
 * missing before answering. Checked by the request schema itself, so the two lists
 * cannot drift apart. A closed request's details are erased on purpose: it has none.
 */
export function identityGaps(portal: Pick<Portal, "regime">, request: Checked): { rule: IdentityRule; missing: IdentityGapField[] } | undefined {
  const rule = identityRuleFor(portal.regime);
  if (!rule || !UNANSWERED.includes(request.status)) return undefined;
  const identity = request.identity ?? {};
  const citizenship = identity.tcIdentityNumber ? "tr" : identity.nationality || identity.foreignDocumentNumber ? "foreign" : undefined;
  const checked = requestSchemaFor(rule).safeParse({
    type: request.type,
    email: request.email,
    name: request.name ?? undefined,
    accountId: request.accountId ?? undefined,
    details: request.details ?? undefined,
    citizenship,
    ...identity,
    signatureConfirmed: Boolean(identity.signature),
  });
  if (checked.success) return undefined;
  const failed = new Set(checked.error.issues.map((issue) => (issue.path[0] === "signatureConfirmed" ? "signature" : issue.path[0])));
  const missing = IDENTITY_GAP_FIELDS.filter((field) => failed.has(field));
  return missing.length > 0 ? { rule, missing } : undefined;
}
