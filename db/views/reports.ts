import "server-only";
import { and, asc, gte, eq, inArray, lt } from "drizzle-orm";
import type { Executor } from "../client";
import { countsAsARequest } from "../queries/related";
import { requests } from "../schema";
import { VERIFIED_STATUSES } from "./dashboard";

/**
 * A portal's requests received in [from, to), with what the annual report counts; read through `requests_portal_received`.
 * Verified requests only: an unverified one was never a request the operator had to answer.
 * A request merged into an earlier one is left out: the person asked once, and the earlier request is what was answered.
 * An email staff dismissed at triage as "not a request" is left out too: it was never a request of any type.
 */
export async function listRequestsReceived(db: Executor, { portalId, from, to }: { portalId: number; from: Date; to: Date }) {
  return db
    .select({
      type: requests.type,
      status: requests.status,
      rejectionReason: requests.rejectionReason,
      receivedAt: requests.receivedAt,
      closedAt: requests.closedAt,
      dueAt: requests.dueAt,
    })
    .from(requests)
    .where(
      and(
        eq(requests.portalId, portalId),
        gte(requests.receivedAt, from),
        lt(requests.receivedAt, to),
        inArray(requests.status, VERIFIED_STATUSES),
        countsAsARequest(),
      ),
    )
    .orderBy(asc(requests.receivedAt), asc(requests.id));
}
