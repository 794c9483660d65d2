import "server-only";
import { and, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { drpAgents, drpAgentTokens, drpPortalSettings, users, type DrpAgent, type DrpAgentStatus, type DrpAgentToken, type DrpPortalSettings } from "../schema";

export async function insertDrpAgent(tx: Tx, agent: Pick<DrpAgent, "portalId" | "agentId" | "name" | "verifyKey" | "contact" | "createdBy" | "createdAt">): Promise<DrpAgent | undefined> {
  const [row] = await tx.insert(drpAgents).values(agent).onConflictDoNothing().returning();
  return row;
}

export async function findDrpAgent(db: Executor, { portalId, agentId }: { portalId: number; agentId: string }): Promise<DrpAgent | undefined> {
  const [row] = await db.select().from(drpAgents).where(and(eq(drpAgents.portalId, portalId), eq(drpAgents.agentId, agentId))).limit(1);
  return row;
}

/** A portal's agents, oldest first, each with its registrar's address (null: the CLI, or a deleted user). */
export async function listDrpAgents(db: Executor, { portalId }: { portalId: number }): Promise<(DrpAgent & { createdByEmail: string | null })[]> {
  const rows = await db.select({ agent: drpAgents, createdByEmail: users.email }).from(drpAgents).leftJoin(users, eq(users.id, drpAgents.createdBy)).where(eq(drpAgents.portalId, portalId)).orderBy(drpAgents.id);
  return rows.map((r) => ({ ...r.agent, createdByEmail: r.createdByEmail }));
}

/** Sets an agent of this portal active or suspended; undefined when it is another portal's or already so. */
export async function setDrpAgentStatus(tx: Tx, { portalId, agentId, status }: { portalId: number; agentId: string; status: DrpAgentStatus }): Promise<DrpAgent | undefined> {
  const [row] = await tx
    .update(drpAgents)
    .set({ status })
    .where(and(eq(drpAgents.portalId, portalId), eq(drpAgents.agentId, agentId), sql`${drpAgents.status} <> ${status}`))
    .returning();
  return row;
}

export async function insertDrpAgentToken(tx: Tx, token: { agentId: number; hash: string; createdAt: Date }): Promise<void> {
  await tx.insert(drpAgentTokens).values(token);
}

/** The unrevoked token with this hash and the agent it belongs to, whatever the agent's status (the caller refuses a suspended one). */
export async function findLiveDrpToken(db: Executor, { hash }: { hash: string }): Promise<{ token: DrpAgentToken; agent: DrpAgent } | undefined> {
  const [row] = await db
    .select({ token: drpAgentTokens, agent: drpAgents })
    .from(drpAgentTokens)
    .innerJoin(drpAgents, eq(drpAgents.id, drpAgentTokens.agentId))
    .where(and(eq(drpAgentTokens.hash, hash), isNull(drpAgentTokens.revokedAt)))
    .limit(1);
  return row;
}

/** A portal's tokens, newest first, with their agent's DRP id: everything but the hash. */
export async function listDrpTokens(db: Executor, { portalId }: { portalId: number }) {
  return db
    .select({ id: drpAgentTokens.id, agentId: drpAgents.agentId, createdAt: drpAgentTokens.createdAt, lastUsedAt: drpAgentTokens.lastUsedAt, revokedAt: drpAgentTokens.revokedAt })
    .from(drpAgentTokens)
    .innerJoin(drpAgents, eq(drpAgents.id, drpAgentTokens.agentId))
    .where(eq(drpAgents.portalId, portalId))
    .orderBy(desc(drpAgentTokens.id));
}

/** Revokes a live token of this portal's agents; its agent's DRP id, or undefined when it is another portal's, unknown or revoked. */
export async function revokeDrpToken(tx: Tx, { id, portalId, now }: { id: number; portalId: number; now: Date }): Promise<string | undefined> {
  const [agent] = await tx
    .select({ id: drpAgents.id, agentId: drpAgents.agentId })
    .from(drpAgentTokens)
    .innerJoin(drpAgents, eq(drpAgents.id, drpAgentTokens.agentId))
    .where(and(eq(drpAgentTokens.id, id), eq(drpAgents.portalId, portalId), isNull(drpAgentTokens.revokedAt)))
    .limit(1);
  if (!agent) return undefined;
  await tx.update(drpAgentTokens).set({ revokedAt: now }).where(and(eq(drpAgentTokens.id, id), isNull(drpAgentTokens.revokedAt)));
  return agent.agentId;
}

/** Records a use unless one was recorded since `staleBefore` (as db/queries/api-keys.ts touchApiKey). */
export async function touchDrpToken(tx: Tx, { id, now, staleBefore }: { id: number; now: Date; staleBefore: Date }): Promise<void> {
  await tx
    .update(drpAgentTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(drpAgentTokens.id, id), or(isNull(drpAgentTokens.lastUsedAt), lte(drpAgentTokens.lastUsedAt, staleBefore))));
}

export async function getDrpPortalSettings(db: Executor, { portalId }: { portalId: number }): Promise<DrpPortalSettings | undefined> {
  const [row] = await db.select().from(drpPortalSettings).where(eq(drpPortalSettings.portalId, portalId)).limit(1);
  return row;
}

/** Sets the business id; a null id goes back to the slug. */
export async function saveDrpBusinessId(tx: Tx, { portalId, businessId }: { portalId: number; businessId: string | null }): Promise<void> {
  await tx.insert(drpPortalSettings).values({ portalId, businessId }).onConflictDoUpdate({ target: drpPortalSettings.portalId, set: { businessId } });
}

/** Stores the portal's signing key unless one was stored meanwhile; the key in force either way. */
export async function keepDrpSigningKey(tx: Tx, { portalId, publicKey, privateKey, keyId }: { portalId: number; publicKey: string; privateKey: string; keyId: string }): Promise<DrpPortalSettings> {
  await tx.insert(drpPortalSettings).values({ portalId }).onConflictDoNothing();
  await tx.update(drpPortalSettings).set({ publicKey, privateKey, keyId }).where(and(eq(drpPortalSettings.portalId, portalId), isNull(drpPortalSettings.privateKey)));
  return (await getDrpPortalSettings(tx, { portalId }))!;
}
