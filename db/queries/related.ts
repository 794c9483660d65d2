import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import type { RequestType } from "../../lib/deadlines";
import type { Executor, Tx } from "../client";
import { requests, type DuplicateState, type RequestStatus } from "../schema";

/**
 * Requests linked to others: appeals of a decision, possible duplicates of an
 * earlier request, earlier requests counting towards a free-request limit.
 */

/** The appeal lodged against a decided request, if any: a decision is appealed once. */
export async function findAppealOf(db: Executor, { requestId }: { requestId: number }) {
  return (await db.select().from(requests).where(eq(requests.appealOf, requestId)).limit(1))[0];
}

export async function getRequestReference(db: Executor, { id }: { id: number }) {
  return (await db.select({ id: requests.id, reference: requests.reference, status: requests.status }).from(requests).where(eq(requests.id, id)).limit(1))[0];
}

/** Statuses of a verified request that still stands: withdrawn and expired ones are nobody's duplicate. */
const STANDING: RequestStatus[] = ["open", "in_progress", "awaiting_requester", "completed", "rejected"];

/**
 * A request that still counts as one the person made: not merged into an earlier one, and not an
 * email staff dismissed at triage as not a request at all (it has a guessed type, but asked for nothing).
 */
export function countsAsARequest(): SQL {
  return and(or(isNull(requests.duplicateState), ne(requests.duplicateState, "merged")), or(isNull(requests.triage), ne(requests.triage, "not_a_request")))!;
}

/** The same person: the verified address, or the account ID where both requests carry one. */
function samePerson({ email, accountId }: { email: string; accountId: string | null }): SQL {
  return accountId ? or(eq(requests.email, email), eq(requests.accountId, accountId))! : eq(requests.email, email);
}

/**
 * The oldest earlier request of the same type from the same person on the
 * portal, received since `since`, that still stands and counts as a request
 * (`countsAsARequest`): the one a new request may duplicate.
 */
export async function findEarlierDuplicate(
  db: Executor,
  { id, portalId, type, email, accountId, since, before }: { id: number; portalId: number; type: RequestType; email: string; accountId: string | null; since: Date; before: Date },
) {
  const rows = await db
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
        countsAsARequest(),
      ),
    )
    .orderBy(asc(requests.receivedAt), asc(requests.id))
    .limit(1);
  return rows[0];
}

/** How many of the person's requests of `types` the portal received in [since, before], this one included. */
export async function countRequestsInWindow(
  db: Executor,
  { portalId, email, accountId, types, since, before }: { portalId: number; email: string; accountId: string | null; types: readonly RequestType[]; since: Date; before: Date },
): Promise<number> {
  const [row] = await db
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
        countsAsARequest(),
      ),
    );
  return row!.n; // an aggregate without GROUP BY always returns its one row
}

/** Records the duplicate flag, or staff's decision on it; `from` guards against a second decision racing the first. */
export async function setDuplicateState(tx: Tx, { id, duplicateOf, state, from }: { id: number; duplicateOf?: number; state: DuplicateState; from?: DuplicateState }): Promise<boolean> {
  const where = from ? and(eq(requests.id, id), eq(requests.duplicateState, from)) : eq(requests.id, id);
  const changed = await tx
    .update(requests)
    .set(duplicateOf === undefined ? { duplicateState: state } : { duplicateOf, duplicateState: state })
    .where(where)
    .returning({ id: requests.id });
  return changed.length === 1;
}

/**
 * Clears the open duplicate flags that point at `duplicateOf` from requests of another type than
 * `type` (the earlier request's type changed under them), returning the requests as they now are.
 */
export async function unflagDuplicatesOfOtherType(tx: Tx, { duplicateOf, type }: { duplicateOf: number; type: RequestType }) {
  return tx
    .update(requests)
    .set({ duplicateOf: null, duplicateState: null })
    .where(and(eq(requests.duplicateOf, duplicateOf), eq(requests.duplicateState, "flagged"), ne(requests.type, type)))
    .returning();
}
