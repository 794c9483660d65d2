import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ed25519PublicKey, parseVerifyKey, rawPublicKeyBase64 } from "./keys";
import { openSignedMessage } from "./signature";

const now = new Date("2026-11-29T12:00:00.000Z");
const agent = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const raw = Buffer.from(rawPublicKeyBase64(agent.publicKey), "base64");

function envelope(overrides: Record<string, unknown> = {}) {
  return { "agent-id": "TEST_AGENT", "business-id": "acme", "issued-at": "2026-11-29T11:59:00.000Z", "expires-at": "2026-11-29T12:09:00.000Z", ...overrides };
}

/** libsodium combined mode: the 64-byte signature, then the message, in base64. */
function signed(message: Buffer | string, privateKey = agent.privateKey): string {
  const bytes = Buffer.from(message);
  return Buffer.concat([sign(null, bytes, privateKey), bytes]).toString("base64");
}

const open = (body: string, options: Partial<Parameters<typeof openSignedMessage>[1]> = {}) =>
  openSignedMessage(body, { key: ed25519PublicKey(raw), agentId: "TEST_AGENT", businessId: "acme", now, ...options });

describe("parseVerifyKey", () => {
  it("reads the raw 32 bytes from base64 and from hex", () => {
    expect(parseVerifyKey(raw.toString("base64"))?.equals(raw)).toBe(true);
    expect(parseVerifyKey(raw.toString("hex"))?.equals(raw)).toBe(true);
    expect(parseVerifyKey(` ${raw.toString("hex").toUpperCase()}\n`)?.equals(raw)).toBe(true);
  });

  it("refuses what is not 32 bytes or not an encoding", () => {
    expect(parseVerifyKey(raw.subarray(1).toString("base64"))).toBeNull();
    expect(parseVerifyKey(Buffer.concat([raw, raw]).toString("base64"))).toBeNull();
    expect(parseVerifyKey("not a key!")).toBeNull();
    expect(parseVerifyKey("")).toBeNull();
  });

  it("a key read from either encoding verifies the agent's signatures", () => {
    for (const text of [raw.toString("base64"), raw.toString("hex")]) {
      const result = openSignedMessage(signed(JSON.stringify(envelope())), { key: ed25519PublicKey(parseVerifyKey(text)!), agentId: "TEST_AGENT", businessId: "acme", now });
      expect(result.ok).toBe(true);
    }
  });
});

describe("openSignedMessage (DRP §3.07)", () => {
  it("returns the claims of a valid message", () => {
    const result = open(signed(JSON.stringify(envelope({ exercise: "deletion" }))));
    expect(result).toEqual({ ok: true, claims: envelope({ exercise: "deletion" }) });
  });

  it("refuses a body that is not base64", () => {
    expect(open("not base64 at all!")).toMatchObject({ ok: false, failure: "not_base64" });
    expect(open("")).toMatchObject({ ok: false, failure: "not_base64" });
    expect(open(signed(JSON.stringify(envelope())).slice(0, -1))).toMatchObject({ ok: false, failure: "not_base64" });
  });

  it("refuses a body too short to hold a signature", () => {
    expect(open(Buffer.alloc(64).toString("base64"))).toMatchObject({ ok: false, failure: "too_short" });
  });

  it("refuses a message with one byte changed", () => {
    const bytes = Buffer.from(signed(JSON.stringify(envelope())), "base64");
    for (const at of [0, 63, 64, bytes.length - 2]) {
      const tampered = Buffer.from(bytes);
      tampered[at]! ^= 1;
      expect(open(tampered.toString("base64"))).toMatchObject({ ok: false, failure: "bad_signature" });
    }
  });

  it("refuses a message signed with another key", () => {
    expect(open(signed(JSON.stringify(envelope()), other.privateKey))).toMatchObject({ ok: false, failure: "bad_signature" });
  });

  it("refuses a signed message that is not a JSON object", () => {
    expect(open(signed("not json"))).toMatchObject({ ok: false, failure: "not_json" });
    expect(open(signed("[1,2]"))).toMatchObject({ ok: false, failure: "not_json" });
  });

  it("refuses another agent's message", () => {
    expect(open(signed(JSON.stringify(envelope({ "agent-id": "OTHER_AGENT" }))))).toMatchObject({ ok: false, failure: "agent_mismatch" });
    expect(open(signed(JSON.stringify(envelope({ "agent-id": undefined }))))).toMatchObject({ ok: false, failure: "agent_mismatch" });
  });

  it("refuses a message for another business", () => {
    expect(open(signed(JSON.stringify(envelope({ "business-id": "globex" }))))).toMatchObject({ ok: false, failure: "business_mismatch" });
  });

  it("refuses a message issued in the future, and accepts one issued this very instant", () => {
    expect(open(signed(JSON.stringify(envelope({ "issued-at": "2026-11-29T12:00:00.001Z" }))))).toMatchObject({ ok: false, failure: "not_yet_issued" });
    expect(open(signed(JSON.stringify(envelope({ "issued-at": now.toISOString() })))).ok).toBe(true);
  });

  it("refuses an expired message, expiry included", () => {
    expect(open(signed(JSON.stringify(envelope({ "expires-at": "2026-11-29T11:59:59.999Z" }))))).toMatchObject({ ok: false, failure: "expired" });
    expect(open(signed(JSON.stringify(envelope({ "expires-at": now.toISOString() }))))).toMatchObject({ ok: false, failure: "expired" });
  });

  it("refuses timestamps that are not ISO 8601", () => {
    expect(open(signed(JSON.stringify(envelope({ "issued-at": "yesterday" }))))).toMatchObject({ ok: false, failure: "bad_timestamp" });
    expect(open(signed(JSON.stringify(envelope({ "expires-at": 12 }))))).toMatchObject({ ok: false, failure: "bad_timestamp" });
  });

  it("checks in the spec's order: the signature before the agent, the agent before the business, the business before the clock", () => {
    const everythingWrong = envelope({ "agent-id": "OTHER", "business-id": "globex", "issued-at": "2027-01-01T00:00:00Z", "expires-at": "2020-01-01T00:00:00Z" });
    expect(open(signed(JSON.stringify(everythingWrong), other.privateKey))).toMatchObject({ failure: "bad_signature" });
    expect(open(signed(JSON.stringify(everythingWrong)))).toMatchObject({ failure: "agent_mismatch" });
    expect(open(signed(JSON.stringify({ ...everythingWrong, "agent-id": "TEST_AGENT" })))).toMatchObject({ failure: "business_mismatch" });
    expect(open(signed(JSON.stringify({ ...everythingWrong, "agent-id": "TEST_AGENT", "business-id": "acme" })))).toMatchObject({ failure: "not_yet_issued" });
  });

  it("opens a revoke body without an envelope, but checks the envelope when one is sent", () => {
    expect(open(signed(JSON.stringify({ reason: "changed my mind" })), { requireEnvelope: false })).toEqual({ ok: true, claims: { reason: "changed my mind" } });
    expect(open(signed(JSON.stringify({ reason: "x", "business-id": "globex" })), { requireEnvelope: false })).toMatchObject({ ok: false, failure: "business_mismatch" });
    expect(open(signed(JSON.stringify({ reason: "x" }), other.privateKey), { requireEnvelope: false })).toMatchObject({ ok: false, failure: "bad_signature" });
  });
});
