import "server-only";
import { and, asc, desc, eq, inArray, is, lt, lte, or, sql } from "drizzle-orm";
import { alias, PgDatabase, type PgQueryResultHKT, type PgTable } from "drizzle-orm/pg-core";
import type { Executor, Tx } from "../client";
import { webhookDeliveries, webhookEndpoints, type WebhookDelivery } from "../schema";

type NewDelivery = Pick<WebhookDelivery, "endpointId" | "portalId" | "requestId" | "eventId" | "type" | "payload"> & Partial<Pick<WebhookDelivery, "kind" | "targetUrl">>;
type DeliveryChange = Partial<Omit<WebhookDelivery, "id" | "kind" | "endpointId" | "targetUrl" | "portalId" | "requestId" | "eventId" | "type" | "payload" | "createdAt">>;

/** Queues deliveries in the caller's transaction, due at once. */
export async function insertWebhookDeliveries(tx: Tx, { deliveries, now }: { deliveries: NewDelivery[]; now: Date }): Promise<void> {
  if (deliveries.length > 0) await tx.insert(webhookDeliveries).values(deliveries.map((d) => ({ ...d, nextAttemptAt: now, createdAt: now })));
}

/**
 * Whether a delivery may be sent now: pending and due, or "sending" under a
 * lapsed claim (its worker crashed mid-send); its endpoint enabled (a DRP
 * callback has none); and no earlier event about the same request still on
 * its way to the same endpoint or callback address, so a receiver gets a
 * request's events in the order they happened.
 */
function sendable(t: typeof webhookDeliveries, now: Date) {
  return and(
    due(t, now),
    sql`(${t.endpointId} is null or exists (select 1 from ${webhookEndpoints} where ${webhookEndpoints.id} = ${t.endpointId} and ${webhookEndpoints.enabled}))`,
    sql`not exists (select 1 from ${webhookDeliveries} as earlier where earlier.request_id = ${t.requestId} and earlier.id < ${t.id} and earlier.status in ('pending', 'sending')
      and (earlier.endpoint_id = ${t.endpointId} or (earlier.endpoint_id is null and ${t.endpointId} is null and earlier.target_url = ${t.targetUrl})))`,
  );
}

function due(t: typeof webhookDeliveries, now: Date) {
  return or(and(eq(t.status, "pending"), lte(t.nextAttemptAt, now)), and(eq(t.status, "sending"), lt(t.lockedUntil, now)));
}

/**
 * Claims the oldest sendable delivery until `lockedUntil`, choosing and
 * claiming in one UPDATE, as the mail outbox does (db/queries/outbox.ts): on
 * PostgreSQL the choice takes its row FOR UPDATE SKIP LOCKED, so two workers
 * never wait on nor share a row, and the outer condition re-checks the row's
 * new version; on SQLite the one writer orders the claims.
 */
export async function claimNextDelivery(tx: Tx, { now, lockedUntil }: { now: Date; lockedUntil: Date }): Promise<WebhookDelivery | undefined> {
  if (is(tx, PgDatabase)) {
    const candidate = alias(webhookDeliveries as unknown as PgTable, "candidate") as unknown as typeof webhookDeliveries;
    const pg = tx as unknown as PgDatabase<PgQueryResultHKT>;
    const oldest = pg
      .select({ id: sql<number>`${candidate.id}` })
      .from(candidate as unknown as PgTable)
      .where(sendable(candidate, now))
      .orderBy(asc(candidate.id))
      .limit(1)
      .for("update", { skipLocked: true });
    const [claimed] = await tx
      .update(webhookDeliveries)
      .set({ status: "sending", lockedUntil })
      .where(and(eq(webhookDeliveries.id, sql`(${oldest})`), due(webhookDeliveries, now)))
      .returning();
    return claimed;
  }
  const oldest = tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(sendable(webhookDeliveries, now)).orderBy(asc(webhookDeliveries.id)).limit(1);
  const [claimed] = await tx.update(webhookDeliveries).set({ status: "sending", lockedUntil }).where(inArray(webhookDeliveries.id, oldest)).returning();
  return claimed;
}

export async function updateWebhookDelivery(tx: Tx, { id, set }: { id: number; set: DeliveryChange }): Promise<void> {
  await tx.update(webhookDeliveries).set(set).where(eq(webhookDeliveries.id, id));
}

/** Gives up every delivery of an endpoint still waiting to go (it was disabled), with the reason. */
export async function failWaitingDeliveries(tx: Tx, { endpointId, reason }: { endpointId: number; reason: string }): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({ status: "failed", lockedUntil: null, lastResponseExcerpt: reason })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
}

/** An endpoint's delivery log, newest first. */
export function listWebhookDeliveries(db: Executor, { endpointId, limit = 100 }: { endpointId: number; limit?: number }): Promise<WebhookDelivery[]> {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(desc(webhookDeliveries.id)).limit(limit);
}

export async function getWebhookDelivery(db: Executor, { id }: { id: number }): Promise<WebhookDelivery | undefined> {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).limit(1);
  return row;
}
