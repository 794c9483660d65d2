import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { findDrpRequest } from "../../db/queries/drp-requests";
import { getRequestForUpdate } from "../../db/queries/requests";
import type { Portal } from "../../db/schema";
import { withdrawInTransaction } from "../requests/status";
import { forbiddenCharacter } from "../validation/plain-text";
import { agentActor, authenticateAgent } from "./agent-auth";
import { openAgentMessage } from "./exercise";
import { exerciseStatus } from "./exercise-status";
import { drpError, type DrpAnswer } from "./respond";

const NOT_FOUND = drpError(404, "No such request.");
/** DRP §2.02.1: a request another agent manages is refused with 403, not hidden. */
const OTHER_AGENT = drpError(403, "This request is managed by another agent.");

/** DRP §2.02, the Data Rights Status endpoint. A request of another portal is not found here. */
export async function requestStatus(db: Db, { portal, drpRequestId, headers, now }: { portal: Portal; drpRequestId: string; headers: Pick<Headers, "get">; now: Date }): Promise<DrpAnswer> {
  const auth = await authenticateAgent(db, headers, { portalId: portal.id, now });
  if (!auth.ok) return auth.answer;
  const found = await findDrpRequest(db, { portalId: portal.id, drpRequestId });
  if (!found) return NOT_FOUND;
  if (found.drp.agentId !== auth.agent.id) return OTHER_AGENT;
  return { status: 200, body: exerciseStatus(found.drp, found.request, now) };
}

/**
 * DRP §2.04, the Data Rights Revoke endpoint: a withdrawal in our lifecycle,
 * with the agent's signed `reason` in the trail. A request already final
 * cannot be revoked: 409, with its status unchanged.
 */
export async function revokeRequest(db: Db, { portal, drpRequestId, headers, body, now }: { portal: Portal; drpRequestId: string; headers: Pick<Headers, "get">; body: string; now: Date }): Promise<DrpAnswer> {
  const opened = await openAgentMessage(db, { portal, headers, body, now, requireEnvelope: false });
  if (!opened.ok) return opened.answer;
  const reason = opened.claims.reason;
  if (reason !== undefined && (typeof reason !== "string" || reason.length > 5000 || forbiddenCharacter(reason, { multiline: true }))) {
    return drpError(400, "reason must be a string of at most 5,000 characters, with no control or text-direction characters.");
  }
  const found = await findDrpRequest(db, { portalId: portal.id, drpRequestId });
  if (!found) return NOT_FOUND;
  if (found.drp.agentId !== opened.agent.id) return OTHER_AGENT;
  const outcome = await withTransaction(db, async (tx) => {
    const request = (await getRequestForUpdate(tx, { id: found.request.id }))!;
    return withdrawInTransaction(tx, { request, portal, actor: agentActor(opened.agent), data: { via: "drp", reason: reason ?? null }, now });
  });
  if (outcome.state !== "withdrawn") return drpError(409, `The request is final and cannot be revoked.`);
  const after = (await findDrpRequest(db, { portalId: portal.id, drpRequestId }))!;
  return { status: 200, body: exerciseStatus(after.drp, after.request, now) };
}
