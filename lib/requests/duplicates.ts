import type { Executor } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { findEarlierDuplicate, setDuplicateState } from "../../db/queries/related";
import type { DsrRequest, Portal } from "../../db/schema";

const DAY = 86_400_000;

/**
 * Flags a just-verified (or just-recorded) request as a possible duplicate of
 * an earlier one of the same type from the same address or account within the
 * portal's window, in the caller's transaction. Staff decide: nothing is merged
 * here. Appeals are never duplicates: each one appeals its own decision.
 */
export function flagPossibleDuplicate(tx: Executor, { request, portal, now }: { request: DsrRequest; portal: Portal; now: Date }) {
  if (request.type === "appeal") return undefined;
  const earlier = findEarlierDuplicate(tx, {
    id: request.id,
    portalId: portal.id,
    type: request.type,
    email: request.email,
    accountId: request.accountId,
    since: new Date(request.receivedAt.getTime() - portal.duplicateWindowDays * DAY),
    before: new Date(request.receivedAt.getTime() + 1),
  });
  if (!earlier) return undefined;
  setDuplicateState(tx, { id: request.id, duplicateOf: earlier.id, state: "flagged" });
  appendEvent(tx, {
    portalId: portal.id,
    requestId: request.id,
    type: "duplicate_flagged",
    actor: "system",
    public: false,
    data: { earlier: earlier.reference, windowDays: portal.duplicateWindowDays },
    at: now,
  });
  return earlier;
}
