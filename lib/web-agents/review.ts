import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { decideAgentReview, getRequestAgent } from "../../db/queries/request-agents";
import { ACTIVE_STATUSES, type DsrRequest } from "../../db/schema";
import { CaseError, actorLabel, staffMember, type Actor } from "../cases/shared";
import { recordRequestEvent } from "../requests/kit";

export type AgentReviewDecision = "accepted" | "declined";

/**
 * Staff accept or decline the permission an authorized agent uploaded, once; audited.
 * A declined authorization leaves the request to be rejected on a ground of its regime.
 */
export async function reviewAgentAuthorization(db: Db, { request, decision, by, now }: { request: DsrRequest; decision: AgentReviewDecision; by: Actor; now: Date }): Promise<void> {
  if (!(await getRequestAgent(db, { requestId: request.id }))) throw new CaseError("agent_not_agent_request");
  if (request.status !== "submitted" && !ACTIVE_STATUSES.includes(request.status)) throw new CaseError("transition_not_allowed");
  await withTransaction(db, async (tx) => {
    if (!(await decideAgentReview(tx, { requestId: request.id, review: decision, by: staffMember(by), at: now }))) throw new CaseError("agent_already_reviewed");
    await recordRequestEvent(tx, request, { type: `agent_authorization_${decision}`, actor: actorLabel(by), at: now });
  });
}
