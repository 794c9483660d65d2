import "server-only";
import type { Executor } from "../../db/client";
import { getRequestAgent } from "../../db/queries/request-agents";
import type { DsrRequest } from "../../db/schema";
import { CaseError } from "../cases/shared";

/**
 * Work on an authorized agent's request waits for two things (11 CCR §7063(a)): the consumer
 * confirmed directly (the verification link their email carried), and staff accepted the
 * signed permission. The deadline does not wait: it runs as the portal's regime says.
 */
export async function assertAgentAuthorized(db: Executor, request: Pick<DsrRequest, "id" | "verifiedAt">): Promise<void> {
  const agent = await getRequestAgent(db, { requestId: request.id });
  if (!agent) return;
  if (!request.verifiedAt) throw new CaseError("agent_consumer_not_confirmed");
  if (agent.review === "declined") throw new CaseError("agent_authorization_declined");
  if (agent.review !== "accepted") throw new CaseError("agent_authorization_pending");
}
