import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getPermissionFile, getRequestAgent } from "../../db/queries/request-agents";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertUser } from "../../db/queries/staff";
import { emailOutbox, requestEvents, requests, type Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { CaseError } from "../cases/shared";
import { askRequester } from "../cases/clarify";
import { startWork } from "../cases/work";
import { formStamp } from "../form-stamp";
import { receiveSubmission } from "../requests/receive";
import { submitRequest } from "../requests/submit";
import { inspectVerifyToken, verifyRequest } from "../requests/verify";
import { checkPermission } from "./permission";
import { downloadPermission } from "./read";
import { reviewAgentAuthorization } from "./review";

const db = tempDbPerTest();
const APP = "http://localhost:3000";
const T0 = new Date("2026-01-12T09:00:00Z");
const config = { APP_URL: APP, AUTH_SECRET: "s".repeat(32), FORM_MIN_FILL_MS: 2000, RATE_LIMIT_PER_HOUR: 100 };
const PDF = Buffer.from("%PDF-1.7\n% signed permission\n");
let by: { staff: string };

let mvsep: Portal;
beforeEach(async () => {
  await seedDemoPortals(db());
  mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  by = { staff: (await withTransaction(db(), (tx) => insertUser(tx, { email: "agent@mvsep.test" }))).id };
});

let n = 0;
/** The form as an agent sends it: their own name and address, the consumer's, and the permission. */
function agentForm(extra: Record<string, unknown> = {}) {
  return {
    type: "deletion",
    email: "jordan@agents.example",
    name: "Jordan Lee",
    language: "en",
    stamp: formStamp(new Date(T0.getTime() - 10_000), config.AUTH_SECRET),
    forSomeoneElse: "on",
    agentOrganisation: "Privacy Helpers",
    consumerName: "Ann Smith",
    consumerEmail: `ann${++n}@example.com`,
    permission: { name: "C:\\scans\\permission.pdf", bytes: PDF },
    ...extra,
  };
}

const receive = (body: Record<string, unknown>) => receiveSubmission(db(), { channel: "web", portal: mvsep, body, client: `c${++n}`, acceptLanguage: null, now: T0 }, { config, kick: () => undefined });

async function filed() {
  const body = agentForm();
  expect(await receive(body)).toMatchObject({ outcome: "submitted" });
  const [request] = await db().select().from(requests).where(eq(requests.email, body.consumerEmail));
  const mail = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request!.id));
  const token = /\/verify\?token=([A-Za-z0-9_-]{43})/.exec(mail.find((m) => m.template === "agent-confirmation")!.text)![1]!;
  return { request: request!, mail, token, consumerEmail: body.consumerEmail };
}

const current = async (id: number) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
const refusal = (p: Promise<unknown>) => p.then(() => "done", (e: unknown) => (e instanceof CaseError ? e.code : e));

describe("a request an authorized agent files on the web form", () => {
  it("is the consumer's request; the agent and the permission are kept; the consumer is asked to confirm, the agent gets a receipt", async () => {
    const { request, mail, consumerEmail } = await filed();
    expect(request).toMatchObject({ status: "submitted", channel: "web", email: consumerEmail, name: "Ann Smith" });
    expect(await getRequestAgent(db(), { requestId: request.id })).toMatchObject({ name: "Jordan Lee", organisation: "Privacy Helpers", email: "jordan@agents.example", permissionFilename: "permission.pdf", permissionMimeType: "application/pdf", permissionSize: PDF.length, review: "pending", reviewedAt: null });
    expect((await getPermissionFile(db(), { requestId: request.id }))!.content.equals(PDF)).toBe(true);
    expect(mail.map((m) => [m.template, m.to])).toEqual([
      ["agent-confirmation", consumerEmail],
      ["agent-receipt", "jordan@agents.example"],
    ]);
    expect(mail[0]!.text).toContain(`Jordan Lee (Privacy Helpers) has asked ${mvsep.name}, as your authorized agent, for this: “Delete my data”.`);
    expect(mail[1]!.text).toContain(`Reference: ${request.reference}`);
    const events = await db().select({ type: requestEvents.type, data: requestEvents.data }).from(requestEvents).where(eq(requestEvents.requestId, request.id));
    expect(events).toEqual([
      { type: "submitted", data: { channel: "web", requestType: "deletion", byAgent: true } },
      { type: "agent_authorization_received", data: { size: PDF.length, mimeType: "application/pdf" } },
    ]);
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    ["no permission", { permission: undefined }, { permission: ["permissionRequired"] }],
    ["a permission that is not a PDF, JPEG or PNG", { permission: { name: "permission.pdf", bytes: Buffer.from("MZ not a pdf") } }, { permission: ["permissionType"] }],
    ["a permission over the cap", { permission: { name: "p.pdf", bytes: Buffer.concat([PDF, Buffer.alloc(768 * 1024)]) } }, { permission: ["permissionTooLarge"] }],
    ["the agent's own address as the consumer's", { consumerEmail: "Jordan@Agents.example" }, { consumerEmail: ["consumerEmailIsYours"] }],
    ["no consumer, and no permission, all at once", { consumerName: "", consumerEmail: "", permission: undefined }, { consumerName: ["consumerNameRequired"], consumerEmail: ["consumerEmailRequired"], permission: ["permissionRequired"] }],
  ])("refuses %s, naming the field, and stores and sends nothing", async (_, extra, fieldErrors) => {
    expect(await receive(agentForm(extra))).toEqual({ outcome: "invalid", fieldErrors });
    expect(await db().$count(requests)).toBe(0);
    expect(await db().$count(emailOutbox)).toBe(0);
  });

  it("a consumer's own request ignores a file attached by mistake", async () => {
    expect(await receive(agentForm({ forSomeoneElse: undefined }))).toMatchObject({ outcome: "submitted" });
    const [request] = await db().select().from(requests);
    expect(request).toMatchObject({ email: "jordan@agents.example", name: "Jordan Lee" });
    expect(await getRequestAgent(db(), { requestId: request!.id })).toBeUndefined();
  });
});

describe("the consumer's confirmation link", () => {
  it("confirms once: the POST opens the request, and the link is then used", async () => {
    const { request, token } = await filed();
    const at = new Date(T0.getTime() + 60 * 60_000);
    expect((await verifyRequest(db(), { token, portal: mvsep, now: at, appUrl: APP })).state).toBe("verified");
    expect((await verifyRequest(db(), { token, portal: mvsep, now: at, appUrl: APP })).state).toBe("used");
    expect(await current(request.id)).toMatchObject({ status: "open", verifiedAt: at });
  });

  it("once confirmed, is flagged as a possible duplicate of the consumer's own earlier request of the type (issue 9)", async () => {
    const own = await submitRequest(db(), { portal: mvsep, input: { type: "deletion", email: "ann@example.com", name: "Ann Smith", language: "en" }, channel: "web", now: T0, appUrl: APP });
    const ownMail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, own.id))).at(-1)!;
    await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(ownMail.text)![1]!, portal: mvsep, now: T0, appUrl: APP });
    const body = agentForm({ consumerEmail: "ann@example.com" });
    expect(await receive(body)).toMatchObject({ outcome: "submitted" });
    const [request] = await db().select().from(requests).where(eq(requests.name, "Ann Smith")).then((rows) => rows.filter((r) => r.id !== own.id));
    const mail = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request!.id));
    const token = /\/verify\?token=([A-Za-z0-9_-]{43})/.exec(mail.find((m) => m.template === "agent-confirmation")!.text)![1]!;
    await verifyRequest(db(), { token, portal: mvsep, now: new Date(T0.getTime() + 60 * 60_000), appUrl: APP });
    expect(await current(request!.id)).toMatchObject({ status: "open", duplicateOf: own.id, duplicateState: "flagged" });
  });

  it("acknowledges the consumer for confirming the agent's permission, not for an address they typed into a form, and names the operator's contact", async () => {
    const { request, token } = await filed();
    await verifyRequest(db(), { token, portal: mvsep, now: new Date(T0.getTime() + 60 * 60_000), appUrl: APP });
    const [ack] = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request.id)).then((rows) => rows.filter((m) => m.template === "acknowledgement"));
    expect(ack!.text).toContain(`Thank you for confirming that you gave an authorized agent permission. The request they made on your behalf has been sent to ${mvsep.name}.`);
    expect(ack!.text).not.toContain("Thank you for confirming your email address");
    expect(ack!.text).toContain("turbo@mvsep.com");
  });

  it("expires after 24 hours and confirms nothing", async () => {
    const { request, token } = await filed();
    const late = new Date(T0.getTime() + 24 * 60 * 60_000);
    expect((await inspectVerifyToken(db(), { token, portalId: mvsep.id, now: late })).state).toBe("expired");
    expect((await verifyRequest(db(), { token, portal: mvsep, now: late, appUrl: APP })).state).toBe("expired");
    expect(await current(request.id)).toMatchObject({ status: "submitted", verifiedAt: null });
  });
});

describe("staff review of the authorization", () => {
  it("refuses work until staff accept, then allows it; the clock started at the consumer's confirmation (MVSEP's rule), not at the review", async () => {
    const { request, token } = await filed();
    const confirmedAt = new Date("2026-01-12T10:00:00Z");
    await verifyRequest(db(), { token, portal: mvsep, now: confirmedAt, appUrl: APP });
    const opened = await current(request.id);
    expect(opened.deadlinePolicy).toMatchObject({ clockStartAt: confirmedAt.getTime() });
    const later = new Date("2026-01-15T10:00:00Z");
    expect(await refusal(startWork(db(), { request: opened, by, now: later }))).toBe("agent_authorization_pending");
    expect(await refusal(askRequester(db(), { request: opened, portal: mvsep, question: "Which account?", by, now: later, appUrl: APP }))).toBe("agent_authorization_pending");

    await reviewAgentAuthorization(db(), { request: opened, decision: "accepted", by, now: later });
    expect(await refusal(reviewAgentAuthorization(db(), { request: opened, decision: "declined", by, now: later }))).toBe("agent_already_reviewed");
    expect(await refusal(startWork(db(), { request: opened, by, now: later }))).toBe("done");
    const worked = await current(request.id);
    expect(worked).toMatchObject({ status: "in_progress", dueAt: opened.dueAt });
    expect(await getRequestAgent(db(), { requestId: request.id })).toMatchObject({ review: "accepted", reviewedAt: later });
    const events = await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.requestId, request.id));
    expect(events.map((e) => e.type)).toContain("agent_authorization_accepted");
    expect(events.find((e) => e.type === "agent_authorization_accepted")!.actor).toBe(`staff:${by.staff}`);
  });

  it("a declined authorization refuses work with its own reason", async () => {
    const { request, token } = await filed();
    await verifyRequest(db(), { token, portal: mvsep, now: T0, appUrl: APP });
    await reviewAgentAuthorization(db(), { request: await current(request.id), decision: "declined", by, now: T0 });
    expect(await refusal(startWork(db(), { request: await current(request.id), by, now: T0 }))).toBe("agent_authorization_declined");
  });

  it("before the consumer confirms, work is refused for that reason even after staff accepted", async () => {
    const { request } = await filed();
    await reviewAgentAuthorization(db(), { request, decision: "accepted", by, now: T0 });
    // Not open yet, so the lifecycle refuses first; the guard names the missing confirmation for any path past it.
    expect(await refusal(startWork(db(), { request: { ...request, status: "open" }, by, now: T0 }))).toBe("agent_consumer_not_confirmed");
  });

  it("a request the consumer filed has nothing to review, and its work is not held", async () => {
    const { id } = await submitRequest(db(), { portal: mvsep, input: { type: "access", email: "bo@example.com", name: "Bo", language: "en" }, channel: "web", now: T0, appUrl: APP });
    const request = await current(id);
    expect(await refusal(reviewAgentAuthorization(db(), { request, decision: "accepted", by, now: T0 }))).toBe("agent_not_agent_request");
  });
});

describe("the permission file", () => {
  it("staff download it as uploaded, and each download is audited", async () => {
    const { request } = await filed();
    const file = await downloadPermission(db(), { request, by, now: T0 });
    expect(file).toMatchObject({ filename: "permission.pdf", mimeType: "application/pdf" });
    expect(file!.content.equals(PDF)).toBe(true);
    const events = await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.requestId, request.id));
    expect(events.at(-1)).toEqual({ type: "agent_permission_downloaded", actor: `staff:${by.staff}` });
  });

  it.each<[string, Buffer, string]>([
    ["a PDF", PDF, "application/pdf"],
    ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "image/png"],
    ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), "image/jpeg"],
  ])("is recognised by its first bytes: %s", (_, bytes, mimeType) => {
    expect(checkPermission({ name: "x.bin", bytes })).toEqual({ ok: true, file: { filename: "x.bin", mimeType, bytes } });
  });

  it("keeps only the last part of the name, on one line", () => {
    expect(checkPermission({ name: "../../etc/\u202Epdf.exe\n", bytes: PDF })).toMatchObject({ ok: true, file: { filename: "pdf.exe" } });
    expect(checkPermission({ name: "a/b/\u202Eevil.pdf", bytes: PDF })).toMatchObject({ ok: true, file: { filename: "evil.pdf" } });
    expect(checkPermission({ name: "", bytes: PDF })).toMatchObject({ ok: true, file: { filename: "permission" } });
  });
});
