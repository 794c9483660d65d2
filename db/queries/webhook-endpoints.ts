import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { webhookEndpoints, type WebhookEndpoint } from "../schema";

type NewEndpoint = Pick<WebhookEndpoint, "portalId" | "url" | "events" | "secret"> & { now: Date };
type EndpointChange = Partial<Pick<WebhookEndpoint, "secret" | "previousSecret" | "previousSecretUntil" | "enabled" | "disabledAt" | "disabledReason" | "failingSince">>;

export async function insertWebhookEndpoint(tx: Tx, { now, ...endpoint }: NewEndpoint): Promise<WebhookEndpoint> {
  const [row] = await tx.insert(webhookEndpoints).values({ ...endpoint, createdAt: now }).returning();
  return row!;
}

/** A portal's endpoints, oldest first. */
export function listWebhookEndpoints(db: Executor, { portalId }: { portalId: number }): Promise<WebhookEndpoint[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.portalId, portalId)).orderBy(asc(webhookEndpoints.id));
}

/** The endpoints of a portal that take new events: enabled ones (each one's event list is filtered by the caller). */
export function listEnabledWebhookEndpoints(db: Executor, { portalId }: { portalId: number }): Promise<WebhookEndpoint[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.portalId, portalId), eq(webhookEndpoints.enabled, true)))
    .orderBy(asc(webhookEndpoints.id));
}

export async function getWebhookEndpoint(db: Executor, { id }: { id: number }): Promise<WebhookEndpoint | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).limit(1);
  return row;
}

export async function updateWebhookEndpoint(tx: Tx, { id, set }: { id: number; set: EndpointChange }): Promise<void> {
  await tx.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, id));
}

/** Deletes an endpoint; its deliveries go with it (ON DELETE CASCADE). */
export async function deleteWebhookEndpoint(tx: Tx, { id }: { id: number }): Promise<boolean> {
  return (await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id })).length === 1;
}
