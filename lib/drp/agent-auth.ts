import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { findLiveDrpToken, touchDrpToken } from "../../db/queries/drp-agents";
import type { DrpAgent } from "../../db/schema";
import { TOUCH_EVERY_MS } from "../api-keys/authenticate";
import { hashToken } from "../verification";
import { drpError, type DrpAnswer } from "./respond";

export type AgentAuth = { ok: true; agent: DrpAgent } | { ok: false; answer: DrpAnswer };

/** The token in `Authorization: Bearer <token>` (DRP §2.01), if there is one. */
function bearer(headers: Pick<Headers, "get">): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1];
}

/**
 * The agent behind a bearer token from a pairwise setup, on this portal: a
 * missing, unknown or revoked token is 401 (and another portal's token is
 * unknown here); a suspended agent's is 403. Every use of a live token marks
 * it used, at most once a minute.
 */
export async function authenticateAgent(db: Db, headers: Pick<Headers, "get">, { portalId, now }: { portalId: number; now: Date }): Promise<AgentAuth> {
  const token = bearer(headers);
  const found = token === undefined ? undefined : await findLiveDrpToken(db, { hash: hashToken(token) });
  if (!found || found.agent.portalId !== portalId) return { ok: false, answer: drpError(401, "Send a live token from POST /v1/agent/{agent-id} as Authorization: Bearer <token>.") };
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await withTransaction(db, (tx) => touchDrpToken(tx, { id: found.token.id, now, staleBefore: new Date(now.getTime() - TOUCH_EVERY_MS) }));
  }
  if (found.agent.status !== "active") return { ok: false, answer: drpError(403, "This agent is suspended by the business; contact it out of band.") };
  return { ok: true, agent: found.agent };
}

/** The audit trail's actor for what an agent does. */
export function agentActor(agent: Pick<DrpAgent, "agentId">): string {
  return `drp-agent:${agent.agentId}`;
}
