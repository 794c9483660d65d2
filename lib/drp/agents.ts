import "server-only";
import { withTransaction, type Db, type Tx } from "../../db/client";
import { insertDrpAgent, revokeDrpToken, saveDrpBusinessId, setDrpAgentStatus } from "../../db/queries/drp-agents";
import { appendEvent } from "../../db/queries/events";
import type { DrpAgent, DrpAgentStatus } from "../../db/schema";
import { DomainError } from "../staff/errors";
import { forbiddenCharacter } from "../validation/plain-text";
import { parseVerifyKey } from "./keys";

/**
 * Registering and managing a portal's authorized agents, by an admin (`by`:
 * their user id) or on the command line (`by: null`). Each change and its
 * audit entry in the portal's chain commit together.
 */

const actorOf = (by: string | null) => (by === null ? "cli" : `staff:${by}`);

function audit(tx: Tx, { portalId, by, type, data, at }: { portalId: number; by: string | null; type: string; data: Record<string, unknown>; at: Date }) {
  return appendEvent(tx, { portalId, requestId: null, type, actor: actorOf(by), public: false, data, at });
}

/** DRP §3.05.1: an agent's id matches `[A-Z_]+`. */
const AGENT_ID = /^[A-Z_]+$/;

export interface NewAgent {
  agentId: string;
  name: string;
  verifyKey: string;
  contact?: string | null;
}

/** A new active agent; its verify key, given in base64 or hex, is kept as base64 of the raw 32 bytes. */
export async function registerAgent(db: Db, { portalId, agent, by, now }: { portalId: number; agent: NewAgent; by: string | null; now: Date }): Promise<DrpAgent> {
  const agentId = agent.agentId.trim();
  const name = agent.name.trim();
  const contact = agent.contact?.trim() || null;
  if (!AGENT_ID.test(agentId) || agentId.length > 100) throw new DomainError("drp_agent_id_invalid", { field: "agentId" });
  if (!name || name.length > 200) throw new DomainError("drp_agent_name_required", { field: "name" });
  const raw = parseVerifyKey(agent.verifyKey);
  if (!raw) throw new DomainError("drp_verify_key_invalid", { field: "verifyKey" });
  if (contact && contact.length > 200) throw new DomainError("drp_contact_too_long", { field: "contact" });
  if (forbiddenCharacter(name)) throw new DomainError("text_bad_character", { field: "name" });
  if (contact && forbiddenCharacter(contact)) throw new DomainError("text_bad_character", { field: "contact" });
  return withTransaction(db, async (tx) => {
    const row = await insertDrpAgent(tx, { portalId, agentId, name, verifyKey: raw.toString("base64"), contact, createdBy: by, createdAt: now });
    if (!row) throw new DomainError("drp_agent_exists", { field: "agentId" });
    await audit(tx, { portalId, by, type: "drp_agent_registered", data: { agentId, name, verifyKey: row.verifyKey, contact }, at: now });
    return row;
  });
}

/** Suspends an agent (its tokens stop working, pairing is refused) or makes it active again; no change, no entry. */
export async function setAgentStatus(db: Db, { portalId, agentId, status, by, now }: { portalId: number; agentId: string; status: DrpAgentStatus; by: string | null; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const changed = await setDrpAgentStatus(tx, { portalId, agentId, status });
    if (changed) await audit(tx, { portalId, by, type: status === "suspended" ? "drp_agent_suspended" : "drp_agent_reactivated", data: { agentId }, at: now });
  });
}

/** Revokes one bearer token of this portal's agents: it stops working at once. */
export async function revokeAgentToken(db: Db, { portalId, tokenId, by, now }: { portalId: number; tokenId: number; by: string | null; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const agentId = await revokeDrpToken(tx, { id: tokenId, portalId, now });
    if (!agentId) throw new DomainError("drp_token_not_found");
    await audit(tx, { portalId, by, type: "drp_token_revoked", data: { tokenId, agentId }, at: now });
  });
}

/** Sets the DRP business id agents must name; blank goes back to the portal's slug. */
export async function setBusinessId(db: Db, { portalId, businessId, by, now }: { portalId: number; businessId: string; by: string | null; now: Date }): Promise<void> {
  const value = businessId.trim() || null;
  if (value !== null && !/^[A-Za-z0-9_.-]{1,100}$/.test(value)) throw new DomainError("drp_business_id_invalid", { field: "businessId" });
  await withTransaction(db, async (tx) => {
    await saveDrpBusinessId(tx, { portalId, businessId: value });
    await audit(tx, { portalId, by, type: "drp_business_id_set", data: { businessId: value }, at: now });
  });
}
