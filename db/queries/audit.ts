import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { portals, requestEvents, requests } from "../schema";

/** Every portal, each with its own audit chain to walk. */
export function listChainPortals(db: Executor) {
  return db.select({ id: portals.id, slug: portals.slug }).from(portals).orderBy(asc(portals.id)).all();
}

/**
 * A portal's audit chain in id order (the order it was hashed in), or one
 * request's entries in it, with the request's reference while the request
 * still exists: a purged request leaves its events behind.
 */
export function listAuditEntries(db: Executor, { portalId, requestId }: { portalId: number; requestId?: number }) {
  return db
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
    .where(and(eq(requestEvents.portalId, portalId), requestId === undefined ? undefined : eq(requestEvents.requestId, requestId)))
    .orderBy(asc(requestEvents.id))
    .all();
}

export type AuditEntry = ReturnType<typeof listAuditEntries>[number];
