import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { drpAgents, drpRequests, requests, type DrpRequest, type DsrRequest } from "../schema";

export async function insertDrpRequest(tx: Tx, row: Omit<DrpRequest, "id" | "expiresAt">): Promise<void> {
  await tx.insert(drpRequests).values(row);
}

/** A DRP exercise of this portal, with its request and the DRP id of its agent. */
export async function findDrpRequest(db: Executor, { portalId, drpRequestId }: { portalId: number; drpRequestId: string }): Promise<{ drp: DrpRequest; request: DsrRequest; agentId: string; agentName: string } | undefined> {
  const [row] = await db
    .select({ drp: drpRequests, request: requests, agentId: drpAgents.agentId, agentName: drpAgents.name })
    .from(drpRequests)
    .innerJoin(requests, eq(requests.id, drpRequests.requestId))
    .innerJoin(drpAgents, eq(drpAgents.id, drpRequests.agentId))
    .where(and(eq(drpRequests.drpRequestId, drpRequestId), eq(requests.portalId, portalId)))
    .limit(1);
  return row;
}

/** The DRP side of a request, if an agent filed it. */
export async function findDrpRequestFor(db: Executor, { requestId }: { requestId: number }): Promise<{ drp: DrpRequest; request: DsrRequest; agentId: string; agentName: string } | undefined> {
  const [row] = await db
    .select({ drp: drpRequests, request: requests, agentId: drpAgents.agentId, agentName: drpAgents.name })
    .from(drpRequests)
    .innerJoin(requests, eq(requests.id, drpRequests.requestId))
    .innerJoin(drpAgents, eq(drpAgents.id, drpRequests.agentId))
    .where(eq(drpRequests.requestId, requestId))
    .limit(1);
  return row;
}

/** DRP §3.02: when a final request stops being kept, set once, when it became final. */
export async function setDrpExpiry(tx: Tx, { requestId, expiresAt }: { requestId: number; expiresAt: Date }): Promise<void> {
  await tx.update(drpRequests).set({ expiresAt }).where(eq(drpRequests.requestId, requestId));
}

/** The claims are the requester's personal data: they go with the rest of it (db/queries/sweeps.ts erasePersonalData). */
export async function eraseDrpClaims(tx: Tx, { requestId }: { requestId: number }): Promise<void> {
  await tx.update(drpRequests).set({ claims: null }).where(eq(drpRequests.requestId, requestId));
}
