import "server-only";
import { randomUUID } from "node:crypto";
import { withTransaction, type Db } from "../../db/client";
import { findDrpRequest, insertDrpRequest } from "../../db/queries/drp-requests";
import type { DrpAgent, DrpClaims, Portal } from "../../db/schema";
import { DeadlineInputError } from "../deadlines";
import { kickMailWorker } from "../mail/worker";
import { computeRequestDeadline, deadlinePolicy } from "../requests/deadline";
import { parseSubmission } from "../requests/parse";
import { submitRequest } from "../requests/submit";
import { openVouchedRequest } from "../requests/verified-intake";
import { forbiddenCharacter, type PlainTextOptions } from "../validation/plain-text";
import { checkWebhookTarget } from "../webhooks/target-guard";
import { requestTypeFor, DRP_REGIMES } from "./actions";
import { agentActor, authenticateAgent } from "./agent-auth";
import { exerciseStatus } from "./exercise-status";
import { ed25519PublicKey, parseVerifyKey } from "./keys";
import { drpBusinessId } from "./portal-key";
import { drpError, type DrpAnswer } from "./respond";
import { openSignedMessage, type SignedMessageFailure } from "./signature";

/**
 * How each §3.07 failure is answered (§3.06 leaves codes to a "best effort"):
 * a body that is not a signed JSON message is 400; one that does not verify,
 * or names another agent or business, or is not yet valid, is 403; an
 * expired one is 403 and `fatal`, as §2.01 asks of messages past `expires-at`.
 */
const FAILURE_STATUS: Record<SignedMessageFailure, number> = {
  not_base64: 400,
  too_short: 400,
  not_json: 400,
  bad_timestamp: 400,
  bad_signature: 403,
  agent_mismatch: 403,
  business_mismatch: 403,
  not_yet_issued: 403,
  expired: 403,
};

/**
 * Opens a signed body from the agent behind the bearer token, or the answer
 * that refuses it. `requireEnvelope` is false for a revoke (§2.04), whose
 * body is only `{"reason"}`.
 */
export async function openAgentMessage(
  db: Db,
  { portal, headers, body, now, requireEnvelope = true }: { portal: Portal; headers: Pick<Headers, "get">; body: string; now: Date; requireEnvelope?: boolean },
): Promise<{ ok: true; agent: DrpAgent; claims: Record<string, unknown> } | { ok: false; answer: DrpAnswer }> {
  const auth = await authenticateAgent(db, headers, { portalId: portal.id, now });
  if (!auth.ok) return auth;
  const raw = parseVerifyKey(auth.agent.verifyKey)!;
  const opened = openSignedMessage(body, { key: ed25519PublicKey(raw), agentId: auth.agent.agentId, businessId: await drpBusinessId(db, portal), now, requireEnvelope });
  if (!opened.ok) return { ok: false, answer: drpError(FAILURE_STATUS[opened.failure], opened.message, { fatal: opened.failure === "expired" }) };
  return { ok: true, agent: auth.agent, claims: opened.claims };
}

const CLAIM_TYPES: Record<keyof DrpClaims, "string" | "boolean" | "object"> = {
  name: "string",
  email: "string",
  email_verified: "boolean",
  phone_number: "string",
  phone_number_verified: "boolean",
  address: "object",
  address_verified: "boolean",
  power_of_attorney: "string",
};

/**
 * The identity claims of DRP §3.04 the message carries, each of its type; others are left out.
 * Their text reaches staff pages, so a control, bidi or invisible character in any of it is
 * refused as in a form's field (an address may keep its line breaks).
 */
function identityClaims(message: Record<string, unknown>): { claims: DrpClaims; wrong: string[] } {
  const claims: Record<string, unknown> = {};
  const wrong: string[] = [];
  for (const [name, type] of Object.entries(CLAIM_TYPES)) {
    const value = message[name];
    if (value === undefined || value === null) continue;
    if (!(typeof value === type || (name === "address" && typeof value === "string"))) {
      wrong.push(`${name} must be a ${type}`);
      continue;
    }
    const character = forbiddenIn(value, { multiline: name === "address" });
    if (character) wrong.push(`${name} contains the control or text-direction character ${character}`);
    else claims[name] = value;
  }
  return { claims: claims as DrpClaims, wrong };
}

/** The first forbidden character in a claim's text, its parts' (an address object) included. */
function forbiddenIn(value: unknown, options: PlainTextOptions): string | undefined {
  if (typeof value === "string") return forbiddenCharacter(value, options);
  if (value && typeof value === "object") {
    for (const part of Object.values(value)) {
      const found = forbiddenIn(part, options);
      if (found) return found;
    }
  }
  return undefined;
}

const optionalString = (value: unknown, max: number) => value === undefined || (typeof value === "string" && value.length > 0 && value.length <= max && !forbiddenCharacter(value));

/**
 * DRP §2.01, the Data Rights Exercise: a signed message from a paired agent
 * becomes a request with channel `agent`, its claims kept for staff.
 *
 * Email verification (§3.04): a business decides for itself how far it
 * relies on an agent's claims. `email_verified: true` is the agent's
 * attestation, under the network's rules, that it proved the address, and
 * the agent is one an admin registered and keeps active; we rely on it as
 * on an operator's signed-in app, and open the request at once (DRP
 * `in_progress`). Without it the address is only what the user told the
 * agent: the requester confirms it as on the web form (DRP `open` until then,
 * `denied`/`insuf_verification` if it lapses), which 11 CCR §7063(a) also allows.
 *
 * DRP's claims have no field for what KVKK (Application Communiqué art. 5) or 152-FZ
 * (art. 14(3)) require in a request: on such a portal the request is taken as an
 * emailed one is, and staff see what to obtain from the requester before answering.
 */
export async function exerciseRight(
  db: Db,
  { portal, headers, body, now, appUrl, allowPrivate }: { portal: Portal; headers: Pick<Headers, "get">; body: string; now: Date; appUrl: string; allowPrivate: boolean },
): Promise<DrpAnswer> {
  const opened = await openAgentMessage(db, { portal, headers, body, now });
  if (!opened.ok) return opened.answer;
  const { agent, claims: message } = opened;
  const exercise = message.exercise;
  if (typeof exercise !== "string") return drpError(400, "exercise is required: one of the rights actions of DRP §3.01.");
  const regime = message.regime;
  if (regime !== undefined && !(DRP_REGIMES as readonly unknown[]).includes(regime)) return drpError(400, `Unsupported regime ${JSON.stringify(regime)}: send "ccpa", "voluntary" or none.`);
  const mapping = requestTypeFor(exercise, portal);
  if (!mapping.ok) return drpError(400, mapping.message);
  const agentRequestId = message["agent-request-id"];
  if (!optionalString(agentRequestId, 200)) return drpError(400, "agent-request-id must be a string of at most 200 characters, with no control or text-direction characters.");
  const drpVersion = message["drp.version"];
  if (!optionalString(drpVersion, 20)) return drpError(400, "drp.version must be a string, with no control or text-direction characters.");
  const statusCallback = message.status_callback;
  if (statusCallback !== undefined) {
    const target = typeof statusCallback === "string" ? await checkWebhookTarget(statusCallback, { allowPrivate }) : { ok: false as const, reason: "is not a string" };
    if (!target.ok) return drpError(400, `status_callback ${target.reason}.`);
  }
  const { claims, wrong } = identityClaims(message);
  if (wrong.length > 0) return drpError(400, `Invalid identity claims: ${wrong.join("; ")}.`);
  // An opt-out a US law grants is taken even where the form does not offer it (lib/drp/actions.ts).
  const offering = portal.requestTypes.includes(mapping.type) ? portal : { ...portal, requestTypes: [...portal.requestTypes, mapping.type] };
  const parsed = parseSubmission(offering, { type: mapping.type, email: claims.email, name: claims.name }, { form: false, identity: "later" });
  if (!parsed.ok) {
    return drpError(400, `This business needs more of the user's identity: ${Object.entries(parsed.fieldErrors).map(([field, errors]) => `${field === "email" ? "email" : field} (${errors!.join(", ")})`).join("; ")}.`);
  }
  const drpRequestId = randomUUID();
  const drpRow = {
    drpRequestId,
    agentId: agent.id,
    agentRequestId: (agentRequestId as string | undefined) ?? null,
    exercise,
    regime: (regime as string | undefined) ?? null,
    drpVersion: (drpVersion as string | undefined) ?? null,
    claims,
    statusCallback: (statusCallback as string | undefined) ?? null,
    createdAt: now,
  };
  const actor = agentActor(agent);
  if (claims.email_verified === true) {
    const policy = deadlinePolicy(portal, { type: mapping.type, receivedAt: now, verifiedAt: now });
    let deadline;
    try {
      deadline = computeRequestDeadline(policy, mapping.type);
    } catch (e) {
      if (!(e instanceof DeadlineInputError)) throw e;
      return drpError(400, `This business's law gives no deadline for ${exercise} requests.`);
    }
    await withTransaction(db, async (tx) => {
      const request = await openVouchedRequest(tx, {
        portal,
        data: parsed.data,
        channel: "agent",
        identityEvidence: `Email address verified by the authorized agent ${agent.name} (${agent.agentId}), DRP request ${drpRequestId}`,
        actor,
        verified: { verifiedBy: "drp-agent", agentId: agent.agentId },
        policy,
        deadline,
        now,
        appUrl,
      });
      await insertDrpRequest(tx, { ...drpRow, requestId: request.id });
    });
  } else {
    await withTransaction(db, async (tx) => {
      const { id } = await submitRequest(db, { portal, input: parsed.data, channel: "agent", now, appUrl });
      await insertDrpRequest(tx, { ...drpRow, requestId: id });
    });
  }
  kickMailWorker();
  const filed = (await findDrpRequest(db, { portalId: portal.id, drpRequestId }))!;
  return { status: 200, body: exerciseStatus(filed.drp, filed.request, now) };
}
