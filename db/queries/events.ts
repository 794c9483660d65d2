import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { chainHash, GENESIS_HASH, type ChainedFields } from "../audit-chain";
import { lockForTransaction, type Executor, type Tx } from "../client";
import { requestEvents, type RequestEvent } from "../schema";

/** The first number of the advisory lock that serializes a portal's chain (the second is the portal's id). */
export const AUDIT_CHAIN_LOCK = 0x6175_6474; // "audt"

/**
 * Appends to the portal's audit chain. No other writer may slip an entry
 * between reading the last hash and writing this one, or the chain would fork:
 * on SQLite transactions run one at a time; on PostgreSQL, where they run at
 * once, a transaction-level lock per portal queues the appenders, and the head
 * is read after taking it (READ COMMITTED: each statement sees what committed
 * before it), so each links to the one committed before it. The lock is held
 * until the transaction ends, so other portals' chains never wait on it.
 */
export async function appendEvent(tx: Tx, event: ChainedFields): Promise<void> {
  await lockPortalChain(tx, event.portalId);
  const [last] = await tx
    .select({ hash: requestEvents.hash })
    .from(requestEvents)
    .where(eq(requestEvents.portalId, event.portalId))
    .orderBy(desc(requestEvents.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(requestEvents).values({ ...event, prevHash, hash: chainHash(prevHash, event) });
}

/**
 * Takes the portal's chain lock (above) until `tx` ends. A transaction may take
 * it again, as appendEvent does, without waiting on itself. Other read-then-write
 * steps scoped to one portal take it before reading, to run as if one at a time
 * as on SQLite, under the same lock so that no two such locks can deadlock.
 */
export async function lockPortalChain(tx: Tx, portalId: number): Promise<void> {
  await lockForTransaction(tx, AUDIT_CHAIN_LOCK, portalId);
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
