import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { findDrpAgent, insertDrpAgentToken } from "../../db/queries/drp-agents";
import { appendEvent } from "../../db/queries/events";
import type { Portal } from "../../db/schema";
import { newToken } from "../verification";
import { agentActor, authenticateAgent } from "./agent-auth";
import { ed25519PublicKey, parseVerifyKey } from "./keys";
import { drpBusinessId } from "./portal-key";
import { drpError, PAIRING_REFUSED, type DrpAnswer } from "./respond";
import { openSignedMessage } from "./signature";

/**
 * DRP §2.05 pairwise key setup: the body is verified with the key of the
 * agent the path names (there is no bearer token yet), then checked as
 * §3.07 says. A new bearer token is issued each time, stored as its hash;
 * earlier ones stay valid until an admin revokes them. Any failure,
 * an unknown or suspended agent included, is a 403 with no body (§2.05.1).
 */
export async function pairAgent(db: Db, { portal, agentId, body, now }: { portal: Portal; agentId: string; body: string; now: Date }): Promise<DrpAnswer> {
  const agent = await findDrpAgent(db, { portalId: portal.id, agentId });
  const raw = agent?.status === "active" ? parseVerifyKey(agent.verifyKey) : null;
  if (!agent || !raw) return PAIRING_REFUSED;
  const opened = openSignedMessage(body, { key: ed25519PublicKey(raw), agentId, businessId: await drpBusinessId(db, portal), now });
  if (!opened.ok) return PAIRING_REFUSED;
  const token = newToken();
  await withTransaction(db, async (tx) => {
    await insertDrpAgentToken(tx, { agentId: agent.id, hash: token.hash, createdAt: now });
    await appendEvent(tx, { portalId: portal.id, requestId: null, type: "drp_agent_paired", actor: agentActor(agent), public: false, data: { agentId, drpVersion: opened.claims["drp.version"] ?? null }, at: now });
  });
  return { status: 200, body: { "agent-id": agentId, token: token.token } };
}

/** DRP §2.06: `{}` when the token is live and the path names its agent; 403 when it names another. */
export async function agentInformation(db: Db, { portal, agentId, headers, now }: { portal: Portal; agentId: string; headers: Pick<Headers, "get">; now: Date }): Promise<DrpAnswer> {
  const auth = await authenticateAgent(db, headers, { portalId: portal.id, now });
  if (!auth.ok) return auth.answer;
  if (auth.agent.agentId !== agentId) return drpError(403, "This token belongs to another agent.");
  return { status: 200, body: {} };
}
