import "server-only";
import { and, asc, count, eq, gt, lte, max, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { portals, requestEvents, requests } from "../schema";

/** Every portal, each with its own audit chain to walk. */
export async function listChainPortals(db: Executor) {
  return db.select({ id: portals.id, slug: portals.slug }).from(portals).orderBy(asc(portals.id));
}

type AuditScope = { portalId: number; requestId?: number };

function inScope({ portalId, requestId }: AuditScope): SQL | undefined {
  return and(eq(requestEvents.portalId, portalId), requestId === undefined ? undefined : eq(requestEvents.requestId, requestId));
}

/**
 * A portal's audit chain in id order (the order it was hashed in), or one
 * request's entries in it, with the request's reference while the request
 * still exists: a purged request leaves its events behind. Read a page at a
 * time: entries after `afterId`, up to `throughId`.
 */
export async function listAuditEntries(db: Executor, scope: AuditScope & { afterId?: number; throughId?: number; limit?: number }) {
  const query = db
    .select({
      id: requestEvents.id,
      portalId: requestEvents.portalId,
      requestId: requestEvents.requestId,
      reference: requests.reference,
      type: requestEvents.type,
      actor: requestEvents.actor,
      public: requestEvents.public,
      data: requestEvents.data,
      at: requestEvents.at,
      prevHash: requestEvents.prevHash,
      hash: requestEvents.hash,
    })
    .from(requestEvents)
    .leftJoin(requests, eq(requests.id, requestEvents.requestId))
    .where(
      and(
        inScope(scope),
        scope.afterId === undefined ? undefined : gt(requestEvents.id, scope.afterId),
        scope.throughId === undefined ? undefined : lte(requestEvents.id, scope.throughId),
      ),
    )
    .orderBy(asc(requestEvents.id));
  return await (scope.limit === undefined ? query : query.limit(scope.limit));
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>[number];

/** How many entries the scope holds and the id of its last one (0 when empty). */
export async function measureAuditEntries(db: Executor, scope: AuditScope): Promise<{ entries: number; lastId: number }> {
  const [row] = await db.select({ entries: count(), lastId: max(requestEvents.id) }).from(requestEvents).where(inScope(scope));
  return { entries: row?.entries ?? 0, lastId: row?.lastId ?? 0 };
}
