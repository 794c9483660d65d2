import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { chainHash, GENESIS_HASH, type ChainedFields } from "../audit-chain";
import type { Executor, Tx } from "../client";
import { requestEvents, type RequestEvent } from "../schema";

/**
 * Appends to the portal's audit chain. Writes happen one transaction at a time
 * (`withTransaction`), so no other writer can slip an entry between reading the
 * last hash and writing.
 */
export async function appendEvent(tx: Tx, event: ChainedFields): Promise<void> {
  const [last] = await tx
    .select({ hash: requestEvents.hash })
    .from(requestEvents)
    .where(eq(requestEvents.portalId, event.portalId))
    .orderBy(desc(requestEvents.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(requestEvents).values({ ...event, prevHash, hash: chainHash(prevHash, event) });
}

export async function listPublicEvents(db: Executor, { requestId }: { requestId: number }): Promise<Pick<RequestEvent, "type" | "at" | "data">[]> {
  return db
    .select({ type: requestEvents.type, at: requestEvents.at, data: requestEvents.data })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.public, true)))
    .orderBy(asc(requestEvents.id));
}

/** Every event of a request, internal ones included: for staff. */
export async function listRequestEvents(db: Executor, { requestId }: { requestId: number }): Promise<RequestEvent[]> {
  return db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).orderBy(asc(requestEvents.id));
}
