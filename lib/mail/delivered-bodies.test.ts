import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { emailOutbox } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { startMailbox, type Mailbox } from "../../e2e/mailbox";
import { staffSignInEmail } from "../../emails";
import { sweepExpiredSignInMail } from "../scheduler/sign-in-mail-expiry";
import { compose, resolverOf } from "../inbound/testing";
import { importInboundMessage } from "../inbound/import";
import { formStamp } from "../form-stamp";
import { receiveSubmission } from "../requests/receive";
import { loadStatus } from "../requests/status";
import { inspectVerifyToken } from "../requests/verify";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { enqueueEmail } from "./outbox";
import { drainOutbox } from "./sender";
import { smtpTransport } from "./transport";

const APP = "http://localhost:3000";
const settings = { from: "Rightsdesk <no-reply@rightsdesk.test>", appUrl: APP, maxAttempts: 1, log: () => {} };
const t0 = new Date("2026-03-02T09:00:00Z");
const db = tempDbPerTest();
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox({ refuse: (address) => address === "full@example.test" });
});
afterAll(() => mailbox.stop());

const rowsOf = async (to: string) => db().select().from(emailOutbox).where(eq(emailOutbox.to, to)).orderBy(emailOutbox.id);
const tokenIn = (text: string, page: string) => new RegExp(`/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(text)![1]!;

/** A request submitted and verified by `email`, its two emails delivered over SMTP; returns the tokens the requester received. */
async function verifiedAndDelivered(email: string) {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  await submitRequest(db(), { portal, input: { type: "access", email, name: "Ann", language: "en" }, channel: "web", now: t0, appUrl: APP });
  await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
  const verify = tokenIn((await mailbox.waitFor((m) => m.to.includes(email))).text, "verify");
  await verifyRequest(db(), { token: verify, portal, now: t0, appUrl: APP });
  await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
  const acknowledgement = await mailbox.waitFor((m) => m.to.includes(email) && m.text.includes("/status?token="));
  return { portal, verify, status: tokenIn(acknowledgement.text, "status") };
}

describe("what the outbox keeps of a delivered message", () => {
  it("after delivery no column of the rows holds the verification or status token, and the status link from the email still opens the request", async () => {
    const email = "ann-delivered@example.test";
    const { portal, verify, status } = await verifiedAndDelivered(email);
    const rows = await rowsOf(email);
    expect(rows.map((r) => [r.template, r.status, r.subject.length > 0, r.text, r.html])).toEqual([
      ["verification", "sent", true, "", ""],
      ["acknowledgement", "sent", true, "", ""],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ to: email, sentAt: t0, createdAt: t0 });
      const all = JSON.stringify(row);
      expect(all).not.toContain(verify);
      expect(all).not.toContain(status);
    }
    expect((await loadStatus(db(), { token: status, portalId: portal.id, now: t0 }))?.request.email).toBe(email);
  });

  it("in embedded mode (no SMTP), a logged message keeps no body either, after the console has shown its links", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    await submitRequest(db(), { portal, input: { type: "access", email: "ann-logged@example.test", language: "en" }, channel: "web", now: t0, appUrl: APP });
    const printed: string[] = [];
    await drainOutbox({ db: db(), now: t0, transport: null, log: (block) => printed.push(block) });
    const token = tokenIn(printed.join("\n"), "verify");
    const [row] = await rowsOf("ann-logged@example.test");
    expect(row).toMatchObject({ status: "logged", text: "", html: "" });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  // The kinds added since the finding (issues 14 and 15) go through the same drop: an authorized
  // agent's request, whose consumer gets a confirmation link, and a request that came by email.
  it("an agent's request: the consumer's confirmation link and the agent's receipt keep no body, and the delivered link still confirms", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    const config = { APP_URL: APP, AUTH_SECRET: "s".repeat(32), FORM_MIN_FILL_MS: 0, RATE_LIMIT_PER_HOUR: 100 };
    const body = {
      type: "deletion",
      email: "jordan-delivered@agents.example",
      name: "Jordan Lee",
      language: "en",
      stamp: formStamp(t0, config.AUTH_SECRET),
      forSomeoneElse: "on",
      consumerName: "Ann Smith",
      consumerEmail: "ann-consumer@example.test",
      permission: { name: "permission.pdf", bytes: Buffer.from("%PDF-1.7\n% signed permission\n") },
    };
    expect(await receiveSubmission(db(), { channel: "web", portal, body, client: "c1", acceptLanguage: null, now: t0 }, { config, kick: () => undefined })).toMatchObject({ outcome: "submitted" });
    await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
    const token = tokenIn((await mailbox.waitFor((m) => m.to.includes("ann-consumer@example.test"))).text, "verify");
    const rows = [...(await rowsOf("ann-consumer@example.test")), ...(await rowsOf("jordan-delivered@agents.example"))];
    expect(rows.map((r) => [r.template, r.status, r.text, r.html])).toEqual([
      ["agent-confirmation", "sent", "", ""],
      ["agent-receipt", "sent", "", ""],
    ]);
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(token);
    expect(await inspectVerifyToken(db(), { token, portalId: portal.id, now: t0 })).toMatchObject({ state: "valid" });
  });

  it("a request by email: its verification link keeps no body once delivered", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "mgoods-seller" }))!;
    const raw = await compose({ from: "bek-delivered@mail.example", to: "privacy@mgoods.example", messageId: "<d1@mail.example>", subject: "Delete my account", text: "Please delete my account and my data." });
    await importInboundMessage(db(), { portalId: portal.id, raw, internalDate: t0 }, { resolver: resolverOf(), now: t0, appUrl: APP, kick: () => undefined });
    await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
    const token = tokenIn((await mailbox.waitFor((m) => m.to.includes("bek-delivered@mail.example"))).text, "verify");
    const [row] = await rowsOf("bek-delivered@mail.example");
    expect(row).toMatchObject({ template: "inbound-verification", status: "sent", text: "", html: "" });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("a failed message keeps its body, so a resend delivers the same email", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    await submitRequest(db(), { portal, input: { type: "access", email: "full@example.test", language: "en" }, channel: "web", now: t0, appUrl: APP });
    await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
    const [row] = await rowsOf("full@example.test");
    expect(row!.status).toBe("failed");
    expect(row!.text).toContain(`${APP}/p/mvsep/verify?token=`);
  });
});

describe("staff sign-in emails", () => {
  const signIn = (to: string, now: Date) => withTransaction(db(), (tx) => enqueueEmail(tx, { template: staffSignInEmail, props: staffSignInEmail.preview, to, language: "en", now }));

  it("are deleted once delivered", async () => {
    await signIn("staff@example.test", t0);
    await drainOutbox({ db: db(), now: t0, transport: smtpTransport(mailbox.url), ...settings });
    await mailbox.waitFor((m) => m.to.includes("staff@example.test"));
    expect(await rowsOf("staff@example.test")).toEqual([]);
  });

  it("are deleted, delivered or not, once their 15-minute link has expired; a younger one stays", async () => {
    await signIn("old@example.test", t0);
    await signIn("young@example.test", new Date(t0.getTime() + 60_000));
    const at = new Date(t0.getTime() + 15 * 60_000 + 1);
    expect(await sweepExpiredSignInMail(db(), { now: at, appUrl: APP })).toEqual({ deleted: 1 });
    expect(await rowsOf("old@example.test")).toEqual([]);
    expect(await rowsOf("young@example.test")).toHaveLength(1);
  });
});
