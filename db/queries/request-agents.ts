import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { requestAgents, users, type AgentReviewState } from "../schema";

export async function insertRequestAgent(tx: Tx, agent: typeof requestAgents.$inferInsert): Promise<void> {
  await tx.insert(requestAgents).values(agent);
}

/** The agent of a request filed for someone else, without the permission's bytes; undefined for a request the consumer filed. */
export async function getRequestAgent(db: Executor, { requestId }: { requestId: number }) {
  const [row] = await db
    .select({
      requestId: requestAgents.requestId,
      name: requestAgents.name,
      organisation: requestAgents.organisation,
      email: requestAgents.email,
      permissionFilename: requestAgents.permissionFilename,
      permissionMimeType: requestAgents.permissionMimeType,
      permissionSize: requestAgents.permissionSize,
      review: requestAgents.review,
      reviewedAt: requestAgents.reviewedAt,
      reviewedBy: users.email,
    })
    .from(requestAgents)
    .leftJoin(users, eq(users.id, requestAgents.reviewedBy))
    .where(eq(requestAgents.requestId, requestId));
  return row;
}

export type RequestAgentSummary = NonNullable<Awaited<ReturnType<typeof getRequestAgent>>>;

export async function getPermissionFile(db: Executor, { requestId }: { requestId: number }) {
  const [row] = await db
    .select({ filename: requestAgents.permissionFilename, mimeType: requestAgents.permissionMimeType, content: requestAgents.permission })
    .from(requestAgents)
    .where(eq(requestAgents.requestId, requestId));
  return row;
}

/** Records staff's decision on a pending authorization; false when it was decided meanwhile. */
export async function decideAgentReview(tx: Tx, { requestId, review, by, at }: { requestId: number; review: Exclude<AgentReviewState, "pending">; by: string | null; at: Date }): Promise<boolean> {
  const changed = await tx
    .update(requestAgents)
    .set({ review, reviewedBy: by, reviewedAt: at })
    .where(and(eq(requestAgents.requestId, requestId), eq(requestAgents.review, "pending")))
    .returning({ requestId: requestAgents.requestId });
  return changed.length === 1;
}
