import { verify, type KeyObject } from "node:crypto";

/** Ed25519 signatures are 64 bytes; libsodium's combined mode puts them before the message (DRP §3.07.1). */
const SIGNATURE_BYTES = 64;

export type SignedMessageFailure =
  | "not_base64"
  | "too_short"
  | "bad_signature"
  | "not_json"
  | "agent_mismatch"
  | "business_mismatch"
  | "not_yet_issued"
  | "expired"
  | "bad_timestamp";

export type SignedMessageResult = { ok: true; claims: Record<string, unknown> } | { ok: false; failure: SignedMessageFailure; message: string };

const fail = (failure: SignedMessageFailure, message: string): SignedMessageResult => ({ ok: false, failure, message });

/** Strict base64: what the AA sends is `base64(signature ‖ JSON)`; anything else is not that message. */
function decodeBase64(text: string): Buffer | null {
  const value = text.replace(/\s+/g, "");
  if (value.length === 0 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return null;
  return Buffer.from(value, "base64");
}

function instant(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

/**
 * Opens a signed DRP message, checking in the order DRP §3.07 prescribes:
 * it decodes from base64; the signature at its start verifies with the key of
 * the agent behind the bearer token (for a pairwise setup, the agent in the
 * path: §2.05); `agent-id` is that agent; `business-id` is this business; now
 * is not before `issued-at`; now is before `expires-at`. The first failure is
 * the answer, so an agent learns nothing about later checks from a bad
 * signature. Body checks that §3.07 does not list (the exercise's own fields)
 * are the caller's.
 */
export function openSignedMessage(
  body: string,
  { key, agentId, businessId, now, requireEnvelope = true }: { key: KeyObject; agentId: string; businessId: string; now: Date; requireEnvelope?: boolean },
): SignedMessageResult {
  const bytes = decodeBase64(body);
  if (!bytes) return fail("not_base64", "The body is not base64.");
  if (bytes.length <= SIGNATURE_BYTES) return fail("too_short", "The body is too short to hold a signature and a message.");
  const signature = bytes.subarray(0, SIGNATURE_BYTES);
  const message = bytes.subarray(SIGNATURE_BYTES);
  if (!verify(null, message, key, signature)) return fail("bad_signature", "The signature does not verify with this agent's key.");
  let claims: unknown;
  try {
    claims = JSON.parse(message.toString("utf8"));
  } catch {
    return fail("not_json", "The signed message is not JSON.");
  }
  if (!claims || typeof claims !== "object" || Array.isArray(claims)) return fail("not_json", "The signed message is not a JSON object.");
  const fields = claims as Record<string, unknown>;
  // The revoke body (DRP §2.04) is only `{"reason"}`: its envelope is checked where the agent sent one.
  const present = (name: string) => requireEnvelope || name in fields;
  if (present("agent-id") && fields["agent-id"] !== agentId) return fail("agent_mismatch", "agent-id is not the agent this token or path names.");
  if (present("business-id") && fields["business-id"] !== businessId) return fail("business_mismatch", "business-id is not this business.");
  const issuedAt = present("issued-at") ? instant(fields["issued-at"]) : -Infinity;
  const expiresAt = present("expires-at") ? instant(fields["expires-at"]) : Infinity;
  if (issuedAt === null || expiresAt === null) return fail("bad_timestamp", "issued-at and expires-at must be ISO 8601 timestamps.");
  if (now.getTime() < issuedAt) return fail("not_yet_issued", "issued-at is in the future.");
  if (now.getTime() >= expiresAt) return fail("expired", "The message expired (expires-at has passed).");
  return { ok: true, claims: fields };
}
