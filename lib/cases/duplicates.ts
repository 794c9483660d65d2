import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { closePause } from "../../db/queries/cases";
import { setDuplicateState } from "../../db/queries/related";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { duplicateMergedEmail } from "../../emails";
import { drpRequestChanged } from "../drp/callbacks";
import { ACTIVE, transition } from "../lifecycle";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { queueRequestWebhook } from "../webhooks/request-events";
import { CaseError, actorLabel, type Actor } from "./shared";

function flagged(request: DsrRequest): number {
  if (request.duplicateState !== "flagged" || request.duplicateOf === null) throw new CaseError("duplicate_not_flagged");
  return request.duplicateOf;
}

/**
 * Staff confirm the flag: the later request closes as a duplicate of the
 * earlier one, both trails record it, and the requester is told, in their
 * language, which reference stands. Only into an earlier request that is still
 * being answered (the email says it will be), of the same type (triage may
 * have changed either's since the flag), and only from the same address:
 * an account ID is typed by the requester, unproved, and a merge across
 * addresses would tell one person another's reference.
 */
export async function mergeDuplicate(db: Db, { request, portal, by, now, appUrl }: { request: DsrRequest; portal: Portal; by: Actor; now: Date; appUrl: string }) {
  const earlierId = flagged(request);
  const status = transition(request.status, "reject");
  await withTransaction(db, async (tx) => {
    const earlier = await getRequestById(tx, { id: earlierId });
    if (!earlier || earlier.portalId !== request.portalId || !ACTIVE.includes(earlier.status) || earlier.duplicateState === "merged") throw new CaseError("duplicate_earlier_gone");
    if (earlier.type !== request.type) throw new CaseError("duplicate_other_type");
    // An emailed request's type is the classifier's guess until staff confirm it at triage.
    if (earlier.triage === "needs_triage") throw new CaseError("duplicate_earlier_in_triage");
    if (earlier.email !== request.email) throw new CaseError("duplicate_other_address");
    if (!(await setDuplicateState(tx, { id: request.id, state: "merged", from: "flagged" }))) throw new CaseError("changed_meanwhile");
    const set = { status, rejectionReason: "duplicate", closedAt: now, nextReminderAt: null };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await closePause(tx, { requestId: request.id, at: now });
    await recordRequestEvent(tx, request, { type: "duplicate_merged", actor: actorLabel(by), visible: true, data: { into: earlier.reference }, at: now });
    await recordRequestEvent(tx, earlier, { type: "duplicate_merged_in", actor: actorLabel(by), data: { from: request.reference }, at: now });
    // A merge is a rejection on the duplicate ground: the operator's systems and a filing agent hear it as one.
    await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.rejected", now, extra: { ground: "duplicate", mergedInto: earlier.reference } });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await emailRequester(tx, request, {
      template: duplicateMergedEmail,
      props: {
        portalName: portal.name,
        contactEmail: portal.contactEmail,
        reference: request.reference,
        standingReference: earlier.reference,
        standingStatusUrl: (await issueStatusLink(tx, { request: earlier, portal, appUrl, now })).url,
      },
      now,
    });
  });
}

/** Staff decide the two are separate requests: the flag clears, the link stays for the record. */
export async function keepDuplicate(db: Db, { request, by, now }: { request: DsrRequest; by: Actor; now: Date }) {
  flagged(request);
  await withTransaction(db, async (tx) => {
    if (!(await setDuplicateState(tx, { id: request.id, state: "kept", from: "flagged" }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "duplicate_kept", actor: actorLabel(by), at: now });
  });
}
