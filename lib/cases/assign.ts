import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { updateRequestIfStatus } from "../../db/queries/requests";
import { getMembership } from "../../db/queries/staff";
import type { DsrRequest } from "../../db/schema";
import { CLOSED } from "../lifecycle";
import { atLeast } from "../staff/roles";
import { recordRequestEvent } from "../requests/kit";
import { CaseError, actorLabel, type Actor } from "./shared";

/** Assigns, reassigns or (with null) unassigns: only to an agent or admin of the request's portal. */
export async function assignRequest(db: Db, { request, assigneeId, by, now }: { request: DsrRequest; assigneeId: string | null; by: Actor; now: Date }) {
  if (CLOSED.includes(request.status)) throw new CaseError("assign_closed");
  if (assigneeId && !atLeast((await getMembership(db, { userId: assigneeId, portalId: request.portalId }))?.role, "agent")) {
    throw new CaseError("assignee_not_agent");
  }
  await withTransaction(db, async (tx) => {
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { assigneeId } }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: assigneeId ? "assigned" : "unassigned", actor: actorLabel(by), data: { from: request.assigneeId, to: assigneeId }, at: now });
  });
}
