import { and, asc, count, eq, gte, inArray, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import type { RequestType } from "../../lib/deadlines";
import type { Executor } from "../client";
import { requests, type DuplicateState, type RequestStatus } from "../schema";

/**
 * Requests linked to others: appeals of a decision, possible duplicates of an
 * earlier request, earlier requests counting towards a free-request limit.
 */

/** The appeal lodged against a decided request, if any: a decision is appealed once. */
export function findAppealOf(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(requests).where(eq(requests.appealOf, requestId)).get();
}

export function getRequestReference(db: Executor, { id }: { id: number }) {
  return db.select({ id: requests.id, reference: requests.reference, status: requests.status }).from(requests).where(eq(requests.id, id)).get();
}

/** Statuses of a verified request that still stands: withdrawn and expired ones are nobody's duplicate. */
const STANDING: RequestStatus[] = ["open", "in_progress", "awaiting_requester", "completed", "rejected"];

/** The same person: the verified address, or the account ID where both requests carry one. */
function samePerson({ email, accountId }: { email: string; accountId: string | null }): SQL {
  return accountId ? or(eq(requests.email, email), eq(requests.accountId, accountId))! : eq(requests.email, email);
}

/**
 * The oldest earlier request of the same type from the same person on the
 * portal, received since `since`, that still stands and was not itself merged
 * away: the one a new request may duplicate.
 */
export function findEarlierDuplicate(
  db: Executor,
  { id, portalId, type, email, accountId, since, before }: { id: number; portalId: number; type: RequestType; email: string; accountId: string | null; since: Date; before: Date },
) {
  return db
    .select({ id: requests.id, reference: requests.reference })
    .from(requests)
    .where(
      and(
        eq(requests.portalId, portalId),
        eq(requests.type, type),
        samePerson({ email, accountId }),
        ne(requests.id, id),
        inArray(requests.status, STANDING),
        gte(requests.receivedAt, since),
        lt(requests.receivedAt, before),
        or(isNull(requests.duplicateState), ne(requests.duplicateState, "merged")),
      ),
    )
    .orderBy(asc(requests.receivedAt), asc(requests.id))
    .get();
}

/** How many of the person's requests of `types` the portal received in [since, before], this one included. */
export function countRequestsInWindow(
  db: Executor,
  { portalId, email, accountId, types, since, before }: { portalId: number; email: string; accountId: string | null; types: readonly RequestType[]; since: Date; before: Date },
): number {
  return db
    .select({ n: count() })
    .from(requests)
    .where(
      and(
        eq(requests.portalId, portalId),
        inArray(requests.type, [...types]),
        samePerson({ email, accountId }),
        inArray(requests.status, STANDING),
        gte(requests.receivedAt, since),
        lt(requests.receivedAt, new Date(before.getTime() + 1)),
        or(isNull(requests.duplicateState), ne(requests.duplicateState, "merged")),
      ),
    )
    .get()!.n;
}

/** Records the duplicate flag, or staff's decision on it; `from` guards against a second decision racing the first. */
export function setDuplicateState(tx: Executor, { id, duplicateOf, state, from }: { id: number; duplicateOf?: number; state: DuplicateState; from?: DuplicateState }): boolean {
  const where = from ? and(eq(requests.id, id), eq(requests.duplicateState, from)) : eq(requests.id, id);
  return tx.update(requests).set(duplicateOf === undefined ? { duplicateState: state } : { duplicateOf, duplicateState: state }).where(where).run().changes === 1;
}
