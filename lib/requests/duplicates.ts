import "server-only";
import type { Tx } from "../../db/client";
import { lockPortalChain } from "../../db/queries/events";
import { findEarlierDuplicate, setDuplicateState } from "../../db/queries/related";
import type { DsrRequest, Portal } from "../../db/schema";
import { recordRequestEvent } from "./kit";

const DAY = 86_400_000;

/**
 * Flags a just-verified (or just-recorded) request as a possible duplicate of
 * an earlier one of the same type from the same address or account within the
 * portal's window, in the caller's transaction. Staff decide: nothing is merged
 * here. Appeals are never duplicates: each one appeals its own decision.
 */
export async function flagPossibleDuplicate(tx: Tx, { request, portal, now }: { request: DsrRequest; portal: Portal; now: Date }) {
  if (request.type === "appeal") return undefined;
  // On PostgreSQL another request of the person's may be verifying at this moment: the portal's lock
  // makes the two look for each other one after the other, as SQLite's single writer does.
  await lockPortalChain(tx, portal.id);
  const earlier = await findEarlierDuplicate(tx, {
    id: request.id,
    portalId: portal.id,
    type: request.type,
    email: request.email,
    accountId: request.accountId,
    since: new Date(request.receivedAt.getTime() - portal.duplicateWindowDays * DAY),
    before: new Date(request.receivedAt.getTime() + 1),
  });
  if (!earlier) return undefined;
  await setDuplicateState(tx, { id: request.id, duplicateOf: earlier.id, state: "flagged" });
  await recordRequestEvent(tx, request, { type: "duplicate_flagged", actor: "system", data: { earlier: earlier.reference, windowDays: portal.duplicateWindowDays }, at: now });
  return earlier;
}
