import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { UNANSWERED } from "../requests/identity-gaps";
import { recordRequestEvent } from "../requests/kit";
import { DomainError, DomainErrors, requestFieldErrorCode, type RequestErrorKey } from "../staff/errors";
import { identityRuleFor, requestSchemaFor } from "../validation/request";
import { CaseError, actorLabel, type Actor } from "./shared";

/** What staff may fill in on a request that came without the law's details: the request's own fields only where they are blank. */
const OWN_FIELDS = ["name", "accountId", "details"] as const;

/**
 * Staff record the identity details KVKK (communiqué art. 5) or 152-FZ (art. 14(3))
 * require, once obtained from the requester of a request that came without them
 * (by email, from a DRP agent): checked as the form checks them, every refusal on
 * its field. A name, account or subject the request already has stays as it came.
 * The audit trail names which details were recorded, never their values: the
 * chain outlives the request, the details must not.
 */
export async function recordIdentityDetails(db: Db, { request, portal, posted, by, now }: { request: DsrRequest; portal: Portal; posted: Record<string, unknown>; by: Actor; now: Date }): Promise<void> {
  const rule = identityRuleFor(portal.regime);
  if (!rule) throw new CaseError("invalid_input");
  if (!UNANSWERED.includes(request.status)) throw new CaseError("transition_not_allowed");
  const own = Object.fromEntries(OWN_FIELDS.map((field) => [field, request[field] ?? posted[field]]));
  const parsed = requestSchemaFor(rule).safeParse({ ...posted, ...own, type: request.type, email: request.email, language: undefined });
  if (!parsed.success) {
    throw new DomainErrors(parsed.error.issues.map((issue) => new DomainError(requestFieldErrorCode(issue.message as RequestErrorKey), { field: issue.path.map(String).join(".") })));
  }
  const { name, accountId, details, identity } = parsed.data;
  await withTransaction(db, async (tx) => {
    const set = { name: name ?? null, accountId: accountId ?? null, details: details ?? null, identity: identity ?? null };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "identity_recorded", actor: actorLabel(by), data: { fields: Object.keys(identity ?? {}) }, at: now });
  });
}
