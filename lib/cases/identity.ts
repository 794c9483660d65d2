import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { UNANSWERED, postableFields, storedFields } from "../requests/identity-gaps";
import { recordRequestEvent } from "../requests/kit";
import { DomainError, DomainErrors, requestFieldErrorCode } from "../staff/errors";
import { checkIdentityCompletion, identityRuleFor } from "../validation/request";
import { CaseError, actorLabel, type Actor } from "./shared";

/**
 * Staff record the identity details KVKK (communiqué art. 5) or 152-FZ (art. 14(3))
 * require, once obtained from the requester of a request that came without them
 * (by email, from a DRP agent): checked as the form checks them, every refusal on
 * its field, and only on what staff may post (`postableFields`): a name, account
 * or subject the request already has stays as it came, bar the 152-FZ name, which
 * staff give as the requester signed it. The audit trail names which details were
 * recorded, never their values: the chain outlives the request, the details must not.
 */
export async function recordIdentityDetails(db: Db, { request, portal, posted, by, now }: { request: DsrRequest; portal: Portal; posted: Record<string, unknown>; by: Actor; now: Date }): Promise<void> {
  const rule = identityRuleFor(portal.regime);
  if (!rule) throw new CaseError("invalid_input");
  if (!UNANSWERED.includes(request.status)) throw new CaseError("transition_not_allowed");
  const postable = postableFields(rule, request);
  const given = Object.fromEntries(Object.entries(posted).filter(([field]) => postable.has(field)));
  const checked = checkIdentityCompletion(rule, { ...storedFields(request), ...given }, postable);
  if (!checked.ok) throw new DomainErrors(checked.issues.map((issue) => new DomainError(requestFieldErrorCode(issue.message), { field: issue.field })));
  const { identity } = checked.value;
  const own = (field: "name" | "accountId" | "details") => (postable.has(field) ? (checked.value[field] ?? null) : request[field]);
  await withTransaction(db, async (tx) => {
    const set = { name: own("name"), accountId: own("accountId"), details: own("details"), identity: identity ?? null };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "identity_recorded", actor: actorLabel(by), data: { fields: Object.keys(identity ?? {}) }, at: now });
  });
}
