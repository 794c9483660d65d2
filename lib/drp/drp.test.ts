import { eq } from "drizzle-orm";
import { generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPortalById } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { drpAgents, drpAgentTokens, drpRequests, emailOutbox, portals, requests, webhookDeliveries, type Portal } from "../../db/schema";
import { withTransaction } from "../../db/client";
import { tempDbPerTest } from "../../db/testing";
import { completeWithResolution } from "../cases/complete-other";
import { mergeDuplicate } from "../cases/duplicates";
import { rejectRequest } from "../cases/reject";
import { startWork } from "../cases/work";
import { identityGaps } from "../requests/identity-gaps";
import { sweepUnverified } from "../requests/unverified";
import { sweepClosedErasure } from "../scheduler/closed-erasure";
import { verifyRequest } from "../requests/verify";
import { addStaff, portal as demoPortal } from "../scheduler/test-fixtures";
import { drainWebhooks } from "../webhooks/deliver";
import { startReceiver } from "../webhooks/test-receiver";
import { registerAgent, revokeAgentToken, setAgentStatus, setBusinessId } from "./agents";
import { exerciseRight } from "./exercise";
import { ed25519PublicKey, rawPublicKeyBase64 } from "./keys";
import { agentInformation, pairAgent } from "./pairing";
import { CALLBACK_KEY_ID_HEADER, CALLBACK_SIGNATURE_HEADER, portalSigningKey } from "./portal-key";
import { drpResponse, type DrpAnswer } from "./respond";
import { requestStatus, revokeRequest } from "./status";

const db = tempDbPerTest();
const APP = "http://localhost:3000";
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const NOW = new Date("2026-03-02T08:00:00.000Z");
const DAY = 86_400_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

const agentKeys = generateKeyPairSync("ed25519");
const otherKeys = generateKeyPairSync("ed25519");
let portal: Portal;
let staff: string;

beforeEach(async () => {
  const seeded = await demoPortal(db(), "mvsep");
  // A California business: the CCPA has deadlines for access, deletion and opt-outs.
  portal = seeded;
  await changePortal({ regime: "us-ca-ccpa", requestTypes: ["access", "deletion", "objection"], promises: {}, clockStart: "receipt", timeZone: "America/Los_Angeles", holidayCountry: "US", languages: ["en"], defaultLanguage: "en" });
  staff = (await addStaff(db(), "mvsep", "admin")).id;
  await registerAgent(db(), { portalId: portal.id, agent: { agentId: "TEST_AGENT", name: "Test Agent", verifyKey: rawPublicKeyBase64(agentKeys.publicKey) }, by: null, now: NOW });
  // The other agent's key is registered in hex, as DRP before 0.9.1 published keys.
  await registerAgent(db(), { portalId: portal.id, agent: { agentId: "OTHER_AGENT", name: "Other", verifyKey: Buffer.from(rawPublicKeyBase64(otherKeys.publicKey), "base64").toString("hex") }, by: null, now: NOW });
});

async function changePortal(set: Partial<Portal>) {
  await withTransaction(db(), (tx) => tx.update(portals).set(set).where(eq(portals.id, portal.id)));
  portal = (await getPortalById(db(), { id: portal.id }))!;
}

function envelope(agentId = "TEST_AGENT", overrides: Record<string, unknown> = {}) {
  return { "agent-id": agentId, "business-id": "mvsep", "issued-at": at(-60_000).toISOString(), "expires-at": at(9 * 60_000).toISOString(), "drp.version": "0.9.4", ...overrides };
}

function signed(message: unknown, key: KeyObject = agentKeys.privateKey): string {
  const bytes = Buffer.from(JSON.stringify(message));
  return Buffer.concat([sign(null, bytes, key), bytes]).toString("base64");
}

const bearer = (token?: string) => new Headers({ "content-type": "text/plain", ...(token ? { authorization: `Bearer ${token}` } : {}) });

async function pair(agentId = "TEST_AGENT", key = agentKeys.privateKey): Promise<string> {
  const answer = await pairAgent(db(), { portal, agentId, body: signed(envelope(agentId), key), now: NOW });
  expect(answer.status).toBe(200);
  return (answer.body as { token: string }).token;
}

const CLAIMS = { name: "Ann Lee", email: "ann@example.com", email_verified: true };

function exercise(token: string | undefined, fields: Record<string, unknown> = {}, { agentId = "TEST_AGENT", key = agentKeys.privateKey, now = NOW, body }: { agentId?: string; key?: KeyObject; now?: Date; body?: string } = {}) {
  const message = { ...envelope(agentId), exercise: "deletion", regime: "ccpa", ...CLAIMS, ...fields };
  return exerciseRight(db(), { portal, headers: bearer(token), body: body ?? signed(message, key), now, appUrl: APP, allowPrivate: true });
}

async function filed(token: string, fields: Record<string, unknown> = {}) {
  const answer = await exercise(token, fields);
  expect(answer.status).toBe(200);
  const status = answer.body as { request_id: string; status: string };
  const [row] = await db().select().from(drpRequests).where(eq(drpRequests.drpRequestId, status.request_id));
  return { status, request: (await getRequestById(db(), { id: row!.requestId }))!, drp: row! };
}

const statusOf = (token: string, id: string, now = NOW) => requestStatus(db(), { portal, drpRequestId: id, headers: bearer(token), now });
const errorOf = (answer: DrpAnswer) => ({ status: answer.status, code: (answer.body as { code?: string } | null)?.code });

describe("pairwise key setup (DRP §2.05) and agent information (§2.06)", () => {
  it("issues a token for a message signed with the agent's registered key, stored only as its hash", async () => {
    const answer = await pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope()), now: NOW });
    expect(answer.status).toBe(200);
    const { "agent-id": agentId, token } = answer.body as { "agent-id": string; token: string };
    expect(agentId).toBe("TEST_AGENT");
    expect(token).toMatch(/^[\w-]{43}$/);
    const stored = await db().select().from(drpAgentTokens);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).not.toContain(token);
    expect(await agentInformation(db(), { portal, agentId: "TEST_AGENT", headers: bearer(token), now: NOW })).toEqual({ status: 200, body: {} });
  });

  it("refuses every failure with 403 and an empty body", async () => {
    const refusals = [
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope(), otherKeys.privateKey), now: NOW }),
      pairAgent(db(), { portal, agentId: "NOBODY", body: signed(envelope("NOBODY")), now: NOW }),
      pairAgent(db(), { portal, agentId: "OTHER_AGENT", body: signed(envelope("TEST_AGENT")), now: NOW }),
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope("OTHER_AGENT")), now: NOW }),
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope("TEST_AGENT", { "business-id": "deepen" })), now: NOW }),
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope()), now: at(10 * 60_000) }),
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope()), now: at(-2 * 60_000) }),
      pairAgent(db(), { portal, agentId: "TEST_AGENT", body: "%%%", now: NOW }),
    ];
    for (const answer of await Promise.all(refusals)) {
      expect(answer).toEqual({ status: 403, body: null });
      const response = drpResponse(answer);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("");
    }
    expect(await db().$count(drpAgentTokens)).toBe(0);
  });

  it("pairs the agent whose key was registered in hex", async () => {
    await pair("OTHER_AGENT", otherKeys.privateKey);
  });

  it("answers another agent's path with 403, and no, made-up or revoked tokens with 401", async () => {
    const token = await pair();
    expect(errorOf(await agentInformation(db(), { portal, agentId: "OTHER_AGENT", headers: bearer(token), now: NOW }))).toEqual({ status: 403, code: "403" });
    expect(errorOf(await agentInformation(db(), { portal, agentId: "TEST_AGENT", headers: bearer(), now: NOW }))).toEqual({ status: 401, code: "401" });
    expect(errorOf(await agentInformation(db(), { portal, agentId: "TEST_AGENT", headers: bearer("x".repeat(43)), now: NOW }))).toEqual({ status: 401, code: "401" });
    const [row] = await db().select().from(drpAgentTokens);
    await revokeAgentToken(db(), { portalId: portal.id, tokenId: row!.id, by: staff, now: NOW });
    expect(errorOf(await agentInformation(db(), { portal, agentId: "TEST_AGENT", headers: bearer(token), now: NOW }))).toEqual({ status: 401, code: "401" });
    expect(errorOf(await exercise(token))).toEqual({ status: 401, code: "401" });
  });

  it("refuses a suspended agent's pairing and tokens, and accepts them again once reactivated", async () => {
    const token = await pair();
    await setAgentStatus(db(), { portalId: portal.id, agentId: "TEST_AGENT", status: "suspended", by: staff, now: NOW });
    expect(await pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope()), now: NOW })).toEqual({ status: 403, body: null });
    expect(errorOf(await exercise(token))).toEqual({ status: 403, code: "403" });
    await setAgentStatus(db(), { portalId: portal.id, agentId: "TEST_AGENT", status: "active", by: staff, now: NOW });
    expect((await exercise(token)).status).toBe(200);
  });

  it("checks the business id an admin set instead of the slug", async () => {
    await setBusinessId(db(), { portalId: portal.id, businessId: "MVSEP_INC", by: staff, now: NOW });
    expect(await pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope()), now: NOW })).toEqual({ status: 403, body: null });
    expect((await pairAgent(db(), { portal, agentId: "TEST_AGENT", body: signed(envelope("TEST_AGENT", { "business-id": "MVSEP_INC" })), now: NOW })).status).toBe(200);
  });
});

describe("exercise validation (DRP §3.07, in its order)", () => {
  it("answers each failure with its status and §3.06's error shape, filing nothing", async () => {
    const token = await pair();
    const tampered = Buffer.from(signed({ ...envelope(), exercise: "deletion", ...CLAIMS }), "base64");
    tampered[tampered.length - 3]! ^= 1;
    const cases: [Promise<DrpAnswer>, number][] = [
      [exercise(token, {}, { body: "not base64!" }), 400],
      [exercise(token, {}, { body: tampered.toString("base64") }), 403],
      [exercise(token, {}, { key: otherKeys.privateKey }), 403],
      [exercise(token, { "agent-id": "OTHER_AGENT" }), 403],
      [exercise(token, { "business-id": "deepen" }), 403],
      [exercise(token, { "issued-at": at(60_000).toISOString() }), 403],
      [exercise(token, { "expires-at": NOW.toISOString() }), 403],
      [exercise(token, {}, { body: Buffer.concat([sign(null, Buffer.from("nope"), agentKeys.privateKey), Buffer.from("nope")]).toString("base64") }), 400],
      [exercise(token, { exercise: "rectification" }), 400],
      [exercise(token, { regime: "gdpr" }), 400],
      [exercise(token, { email: undefined }), 400],
      [exercise(token, { email: "not an address" }), 400],
      [exercise(token, { email_verified: "yes" }), 400],
      [exercise(token, { status_callback: "ftp://agent.example/cb" }), 400],
    ];
    for (const [answer, status] of cases) {
      const got = await answer;
      expect(got.status).toBe(status);
      expect(got.body).toMatchObject({ code: String(status), message: expect.any(String) });
    }
    expect((await exercise(token, { "expires-at": NOW.toISOString() })).body).toMatchObject({ fatal: true });
    expect(await db().$count(requests)).toBe(0);
  });
});

describe("text that reaches staff pages (issue 8.11)", () => {
  it("refuses a control, bidi or invisible character in any claim, the agent's request id and a revoke's reason, filing nothing", async () => {
    const token = await pair();
    const cases: Record<string, unknown>[] = [
      { name: "Ann\u202Emoc.elpmaxe" },
      { phone_number: "+1415\u200B5550100" },
      { power_of_attorney: "https://agent.example/poa/1\u0000" },
      { address: "1 Main St\u2066" },
      { address: { street_address: "1 Main St", locality: "Oak\u202Eland" } },
      { "agent-request-id": "r-1\u200E" },
    ];
    for (const fields of cases) {
      const answer = await exercise(token, fields);
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect((answer.body as { message: string }).message).toMatch(/control or text-direction character/);
    }
    expect(await db().$count(requests)).toBe(0);
    const { status } = await filed(token, { address: "1 Main St\nOakland, CA" });
    const revoke = await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(token), body: signed({ reason: "Changed my mind\u202E" }), now: at(DAY) });
    expect(revoke.status).toBe(400);
  });

  it("refuses an agent registered with a control, bidi or invisible character in its name or contact", async () => {
    const key = rawPublicKeyBase64(generateKeyPairSync("ed25519").publicKey);
    for (const [agent, field] of [
      [{ agentId: "BIDI_AGENT", name: "Agent\u202Eevil", verifyKey: key }, "name"],
      [{ agentId: "BIDI_AGENT", name: "Agent", verifyKey: key, contact: "ops\u200B@agent.example" }, "contact"],
    ] as const) {
      await expect(registerAgent(db(), { portalId: portal.id, agent, by: null, now: NOW })).rejects.toMatchObject({ code: "text_bad_character", field });
    }
    expect(await db().$count(drpAgents)).toBe(2);
  });
});

describe("mapping an exercise to a request (DRP §3.01, §3.04)", () => {
  it.each([
    ["deletion", "deletion"],
    ["access", "access"],
    ["access:categories", "access"],
    ["access:specific", "access"],
    ["sale:opt_out", "objection"],
    ["sale:opt-out", "objection"],
  ] as const)("%s becomes a %s request from channel agent, its claims kept", async (action, type) => {
    const token = await pair();
    const claims = { ...CLAIMS, phone_number: "+14155550100", address: { street_address: "1 Main St", locality: "Oakland", region: "CA", country: "US" }, power_of_attorney: "https://agent.example/poa/1" };
    const { request, drp } = await filed(token, { exercise: action, ...claims, relationships: ["customer"] });
    expect(request).toMatchObject({ type, channel: "agent", status: "open", email: "ann@example.com", name: "Ann Lee" });
    expect(drp).toMatchObject({ exercise: action, regime: "ccpa", drpVersion: "0.9.4", claims });
  });

  it("takes an opt-out as the opt-out type the law has, where the portal offers none", async () => {
    await changePortal({ requestTypes: ["access", "deletion"] });
    const { request } = await filed(await pair(), { exercise: "sale:opt-out" });
    expect(request.type).toBe("objection");
  });

  it("takes an opt-out the portal does not offer only where its law grants the opt-out itself: not as a ZRU-547 objection to an automated decision", async () => {
    await changePortal({ regime: "uz-zru547", requestTypes: ["access", "deletion"], timeZone: "Asia/Tashkent", holidayCountry: "UZ" });
    const token = await pair();
    expect(errorOf(await exercise(token, { exercise: "sale:opt-out", regime: "voluntary" }))).toEqual({ status: 400, code: "400" });
    await changePortal({ requestTypes: ["access", "deletion", "objection"] });
    expect((await filed(token, { exercise: "sale:opt-out", regime: "voluntary" })).request.type).toBe("objection");
  });

  it("refuses an opt-in and an action the portal does not offer as unsupported", async () => {
    const token = await pair();
    for (const action of ["sale:opt-in", "sale:opt_in"]) expect(errorOf(await exercise(token, { exercise: action }))).toEqual({ status: 400, code: "400" });
    await changePortal({ requestTypes: ["access"] });
    expect(errorOf(await exercise(token, { exercise: "deletion" }))).toEqual({ status: 400, code: "400" });
  });

  it("takes a request on a KVKK or 152-FZ portal without the identity details DRP cannot carry, and shows staff what to obtain", async () => {
    const token = await pair();
    await changePortal({ regime: "tr-kvkk", requestTypes: ["access", "deletion"], timeZone: "Europe/Istanbul", holidayCountry: "TR" });
    const kvkk = await filed(token, { regime: "voluntary" });
    expect(kvkk.request).toMatchObject({ type: "deletion", channel: "agent", status: "open", identity: null });
    expect(identityGaps(portal, kvkk.request)).toEqual({ rule: "kvkk", missing: ["citizenship", "noticeAddress", "details"] });
    await changePortal({ regime: "ru-152fz", timeZone: "Europe/Moscow", holidayCountry: "RU" });
    const ru = await filed(token, { regime: "voluntary" });
    expect(identityGaps(portal, ru.request)).toEqual({ rule: "152fz", missing: ["documentNumber", "documentIssuedOn", "documentIssuer", "accountId", "signature"] });
  });

  it("accepts regime voluntary or none", async () => {
    const token = await pair();
    expect((await filed(token, { regime: "voluntary" })).drp.regime).toBe("voluntary");
    expect((await filed(token, { regime: undefined })).drp.regime).toBeNull();
  });
});

describe("statuses (DRP §3.02, §3.03)", () => {
  it("an email the agent verified opens the request at once: in_progress with expected_by and processing_details", async () => {
    const token = await pair();
    const { status, request } = await filed(token, { "agent-request-id": "agent-42" });
    expect(status).toEqual({
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      agent_request_id: "agent-42",
      status: "in_progress",
      received_at: NOW.toISOString(),
      expected_by: request.dueAt!.toISOString(),
      processing_details: expect.stringContaining("11 CCR §7021"),
    });
    expect((await statusOf(token, status.request_id)).body).toEqual(status);
  });

  it("an unverified email stays open until the requester confirms it, then is in_progress", async () => {
    const token = await pair();
    const { status, request } = await filed(token, { email_verified: false });
    expect(status).toEqual({ request_id: status.request_id, status: "open", received_at: NOW.toISOString() });
    const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request.id))).at(-1)!;
    const verifyToken = /verify\?token=([\w-]{43})/.exec(mail.text)![1];
    await verifyRequest(db(), { token: verifyToken, portal, now: at(3_600_000), appUrl: APP });
    expect((await statusOf(token, status.request_id)).body).toMatchObject({ status: "in_progress", expected_by: expect.any(String) });
  });

  it("fulfilled, then expired after its expires_at (60 days)", async () => {
    const token = await pair();
    const { status, request } = await filed(token, { exercise: "sale:opt-out" });
    await startWork(db(), { request, by: { staff }, now: at(DAY) });
    await completeWithResolution(db(), { request: (await getRequestById(db(), { id: request.id }))!, portal, resolution: "Sale stopped.", effectiveFrom: null, by: { staff }, now: at(2 * DAY), appUrl: APP });
    const done = (await statusOf(token, status.request_id, at(2 * DAY))).body;
    expect(done).toMatchObject({ status: "fulfilled", processing_details: "Sale stopped.", expires_at: at(62 * DAY).toISOString() });
    expect((await statusOf(token, status.request_id, at(62 * DAY))).body).toMatchObject({ status: "expired", expires_at: at(62 * DAY).toISOString() });
  });

  it("keeps a final request at least 7 days even under a shorter portal retention, and erases its claims with the request's personal data", async () => {
    await changePortal({ closedRetentionDays: 1 });
    const token = await pair();
    const { status, request } = await filed(token);
    await rejectRequest(db(), { request, portal, reason: "no-data-held", message: "", by: { staff }, now: NOW, appUrl: APP });
    await sweepClosedErasure(db(), { now: at(2 * DAY), appUrl: APP });
    const [kept] = await db().select().from(drpRequests);
    expect(kept!.claims).toBeNull();
    expect((await statusOf(token, status.request_id, at(2 * DAY))).body).toMatchObject({ status: "denied", reason: "no_match", expires_at: at(7 * DAY).toISOString() });
    expect((await statusOf(token, status.request_id, at(7 * DAY))).body).toMatchObject({ status: "expired" });
  });

  it.each([
    ["identity-not-verified", "insuf_verification"],
    ["no-data-held", "no_match"],
    ["outside-jurisdiction", "outside_jurisdiction"],
    ["manifestly-unfounded-or-excessive", "too_many_requests"],
    ["erasure-exception", "claim_not_covered"],
    ["other", "other"],
  ])("a rejection on %s is denied with reason %s", async (ground, reason) => {
    const token = await pair();
    const { status, request } = await filed(token);
    await rejectRequest(db(), { request, portal, reason: ground, message: "Because.", by: { staff }, now: at(DAY), appUrl: APP });
    expect((await statusOf(token, status.request_id, at(DAY))).body).toMatchObject({ status: "denied", reason, processing_details: "Because.", expires_at: expect.any(String) });
  });

  it("revokes an open or unconfirmed request with the agent's signed reason; a final one is 409", async () => {
    const token = await pair();
    for (const fields of [{}, { email_verified: false }]) {
      const { status, request } = await filed(token, fields);
      const answer = await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(token), body: signed({ reason: "I don't want my account deleted" }), now: at(DAY) });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ request_id: status.request_id, status: "revoked", expires_at: expect.any(String) });
      expect((await getRequestById(db(), { id: request.id }))!.status).toBe("withdrawn");
      expect(errorOf(await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(token), body: signed({ reason: "again" }), now: at(DAY) }))).toEqual({ status: 409, code: "409" });
    }
  });

  it("refuses a revoke signed with another key", async () => {
    const token = await pair();
    const { status } = await filed(token);
    expect(errorOf(await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(token), body: signed({ reason: "x" }, otherKeys.privateKey), now: NOW }))).toEqual({ status: 403, code: "403" });
  });

  it("refuses another agent's request with 403, and does not find an unknown one or another portal's", async () => {
    const mine = await pair();
    const theirs = await pair("OTHER_AGENT", otherKeys.privateKey);
    const { status } = await filed(mine);
    expect(errorOf(await statusOf(theirs, status.request_id))).toEqual({ status: 403, code: "403" });
    expect(errorOf(await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(theirs), body: signed({ reason: "x" }, otherKeys.privateKey), now: NOW }))).toEqual({ status: 403, code: "403" });
    expect(errorOf(await statusOf(mine, "00000000-0000-0000-0000-000000000000"))).toEqual({ status: 404, code: "404" });
    const deepen = await demoPortal(db(), "deepen");
    expect(errorOf(await requestStatus(db(), { portal: deepen, drpRequestId: status.request_id, headers: bearer(mine), now: NOW }))).toEqual({ status: 401, code: "401" });
  });
});

describe("possible duplicates (issue 9)", () => {
  it("a second deletion for the same address, whether the agent verified it or the requester confirmed it, is flagged as a possible duplicate of the first", async () => {
    const token = await pair();
    const first = await filed(token);
    const second = await filed(token, { "agent-request-id": "again" });
    expect(second.request).toMatchObject({ channel: "agent", duplicateOf: first.request.id, duplicateState: "flagged" });

    const unconfirmed = await filed(token, { email_verified: false });
    expect(unconfirmed.request.duplicateState).toBeNull();
    const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, unconfirmed.request.id))).at(-1)!;
    await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(mail.text)![1]!, portal, now: at(3_600_000), appUrl: APP });
    expect(await getRequestById(db(), { id: unconfirmed.request.id })).toMatchObject({ duplicateOf: first.request.id, duplicateState: "flagged" });
  });
});

describe("status callbacks (DRP §2.03)", () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
  });
  afterEach(() => receiver.close());

  const drain = (now: Date) => drainWebhooks({ db: db(), now, allowPrivate: true, authSecret: AUTH_SECRET, appUrl: APP });

  it("sends each change, signed with the portal's published key, and retries until the agent answers 200", async () => {
    const token = await pair();
    const { status, request } = await filed(token, { status_callback: receiver.url });
    receiver.answer(() => ({ status: 204 }));
    await rejectRequest(db(), { request, portal, reason: "no-data-held", message: "No account.", by: { staff }, now: at(DAY), appUrl: APP });
    expect(await drain(at(DAY))).toEqual({ delivered: 0, retried: 1, failed: 0 });
    receiver.answer(() => ({ status: 200 }));
    const [pending] = await db().select().from(webhookDeliveries);
    expect(await drain(pending!.nextAttemptAt)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
    const got = receiver.received[1]!;
    expect(JSON.parse(got.body)).toMatchObject({ request_id: status.request_id, status: "denied", reason: "no_match" });
    const key = await portalSigningKey(db(), { portalId: portal.id, authSecret: AUTH_SECRET });
    expect(got.headers[CALLBACK_KEY_ID_HEADER.toLowerCase()]).toBe(key.keyId);
    const signature = /^ed25519=(.+)$/.exec(String(got.headers[CALLBACK_SIGNATURE_HEADER.toLowerCase()]))![1]!;
    expect(verify(null, Buffer.from(got.body), ed25519PublicKey(Buffer.from(key.publicKey, "base64")), Buffer.from(signature, "base64"))).toBe(true);
    expect(verify(null, Buffer.from(got.body + " "), ed25519PublicKey(Buffer.from(key.publicKey, "base64")), Buffer.from(signature, "base64"))).toBe(false);
  });

  it("tells the agent of verification, start, extension-free completion and revocation, in order", async () => {
    const token = await pair();
    const { status, request } = await filed(token, { status_callback: receiver.url, email_verified: false, exercise: "sale:opt-out" });
    const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request.id))).at(-1)!;
    await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(mail.text)![1], portal, now: at(3_600_000), appUrl: APP });
    await startWork(db(), { request: (await getRequestById(db(), { id: request.id }))!, by: { staff }, now: at(DAY) });
    await revokeRequest(db(), { portal, drpRequestId: status.request_id, headers: bearer(token), body: signed({ reason: "changed my mind" }), now: at(2 * DAY) });
    expect(await drain(at(2 * DAY))).toEqual({ delivered: 3, retried: 0, failed: 0 });
    expect(receiver.received.map((r) => JSON.parse(r.body).status)).toEqual(["in_progress", "in_progress", "revoked"]);
  });

  it("tells the agent when staff merge its request into an earlier one as a duplicate (issue 9): denied, too many requests", async () => {
    const token = await pair();
    await filed(token);
    const { status, request } = await filed(token, { status_callback: receiver.url, "agent-request-id": "again" });
    expect(request.duplicateState).toBe("flagged");
    await mergeDuplicate(db(), { request, portal, by: { staff }, now: at(DAY), appUrl: APP });
    expect(await drain(at(DAY))).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ request_id: status.request_id, status: "denied", reason: "too_many_requests" });
  });

  it("tells the agent when an unconfirmed request lapses, after its row is gone", async () => {
    const token = await pair();
    await filed(token, { status_callback: receiver.url, email_verified: false });
    await sweepUnverified(db(), { now: at(8 * DAY), appUrl: APP });
    expect(await db().$count(drpRequests)).toBe(0);
    expect(await drain(at(8 * DAY))).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ status: "denied", reason: "insuf_verification" });
  });
});
