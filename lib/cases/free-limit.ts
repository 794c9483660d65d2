import "server-only";
import type { Executor } from "../../db/client";
import { countRequestsInWindow } from "../../db/queries/related";
import type { DsrRequest } from "../../db/schema";
import { freeLimit, windowStart, type FreeLimit } from "../requests/free-limits";

/**
 * Whether this request takes the requester past the law's free-request limit:
 * their requests of the limit's types on this portal in the rolling period
 * ending with this one, this one included. Shown to staff, never decided here.
 */
export async function freeLimitExceeded(db: Executor, { request }: { request: DsrRequest }): Promise<{ limit: FreeLimit; count: number } | undefined> {
  const limit = request.deadlinePolicy && freeLimit(request.deadlinePolicy.regime, request.type);
  if (!limit) return undefined;
  const count = await countRequestsInWindow(db, {
    portalId: request.portalId,
    email: request.email,
    accountId: request.accountId,
    types: limit.types,
    since: windowStart(request.receivedAt, limit.months),
    before: request.receivedAt,
  });
  return count > limit.count ? { limit, count } : undefined;
}
