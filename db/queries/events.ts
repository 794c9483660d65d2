import { and, asc, desc, eq } from "drizzle-orm";
import { chainHash, GENESIS_HASH, type ChainedFields } from "../../lib/audit-chain";
import type { Executor } from "../client";
import { requestEvents } from "../schema";

/**
 * Appends to the portal's audit chain. Call inside an immediate transaction so
 * no other writer can slip an entry between reading the last hash and writing.
 */
export function appendEvent(tx: Executor, event: ChainedFields): void {
  const last = tx
    .select({ hash: requestEvents.hash })
    .from(requestEvents)
    .where(eq(requestEvents.portalId, event.portalId))
    .orderBy(desc(requestEvents.id))
    .limit(1)
    .get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  tx.insert(requestEvents).values({ ...event, prevHash, hash: chainHash(prevHash, event) }).run();
}

export function listPublicEvents(tx: Executor, { requestId }: { requestId: number }) {
  return tx
    .select({ type: requestEvents.type, at: requestEvents.at, data: requestEvents.data })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.public, true)))
    .orderBy(asc(requestEvents.id))
    .all();
}

/** Every event of a request, internal ones included: for staff. */
export function listRequestEvents(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).orderBy(asc(requestEvents.id)).all();
}
