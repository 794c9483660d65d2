import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { emailOutbox, inboundAttachments, inboundMessages, pauses, portals, requestEvents, requests, type Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { askRequester } from "../cases/clarify";
import { sendNewVerificationLink } from "../requests/resend";
import { sweepUnverified } from "../requests/unverified";
import { addStaff } from "../scheduler/test-fixtures";
import { mailboxSettingsSchema } from "../validation/mailbox";
import { importInboundMessage, type InboundMessage } from "./import";
import { MAX_ATTACHMENT_BYTES, MAX_MESSAGE_BYTES, PER_SENDER } from "./limits";
import { saveMailboxSettings } from "./mailbox-settings";
import { compose, resolverOf, testDomain } from "./testing";

const db = tempDbPerTest();
const NOW = new Date("2026-03-02T08:00:00Z");
const APP_URL = "http://privacy.example.test";
const ann = testDomain("ann.example", { dmarc: "v=DMARC1; p=reject" });
const resolver = resolverOf(ann);
let mgoods: Portal;
let kicks = 0;

beforeEach(async () => {
  await seedDemoPortals(db());
  mgoods = (await getPortalBySlug(db(), { slug: "mgoods-seller" }))!;
  kicks = 0;
});

const run = (raw: Buffer, more: Partial<InboundMessage> & { now?: Date; portal?: Portal } = {}) =>
  importInboundMessage(db(), { portalId: (more.portal ?? mgoods).id, raw, internalDate: more.internalDate ?? new Date("2026-03-02T07:58:00Z") }, { resolver, now: more.now ?? NOW, appUrl: APP_URL, kick: () => kicks++ });

const requestOf = async (reference: string) => (await db().select().from(requests).where(eq(requests.reference, reference)))[0]!;
const outboxOf = (requestId: number) => db().select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId)).orderBy(emailOutbox.id);
const allOutbox = () => db().select().from(emailOutbox);

const RU = { subject: "Удалить аккаунт", text: "Здравствуйте! Прошу удалить мой аккаунт и все персональные данные." };
const UZ = { subject: "Hisobni o‘chirish", text: "Assalomu alaykum! Iltimos, mening hisob qaydnomamni va ma'lumotlarimni o‘chiring. Rahmat." };

describe("a message from a proved address", () => {
  it("opens a verified request waiting for triage, received at its Date, acknowledged in the writer's language", async () => {
    const raw = await ann.sign(await compose({ from: "Ann Petrova <ann@ann.example>", to: "privacy@mgoods.example", messageId: "<m1@ann.example>", ...RU }));
    const result = await run(raw);
    expect(result).toEqual({ reference: expect.stringMatching(/^[A-Z]+-/), status: "open" });
    const request = await requestOf((result as { reference: string }).reference);
    expect(request).toMatchObject({
      channel: "email",
      email: "ann@ann.example",
      name: "Ann Petrova",
      type: "deletion",
      triage: "needs_triage",
      language: "ru",
      receivedAt: new Date("2026-03-02T07:55:00Z"),
      verifiedAt: NOW,
    });
    expect(request.details).toBe(`${RU.subject}\n\n${RU.text}`);
    expect(request.dueDate).not.toBeNull();
    const [inbound] = await db().select().from(inboundMessages);
    expect(inbound).toMatchObject({ messageId: "<m1@ann.example>", outcome: "request", requestId: request.id, suggestedType: "deletion", fromAddress: "ann@ann.example", subject: RU.subject });
    expect(inbound!.auth).toMatchObject({ proved: true, dkim: "pass", dmarc: "pass", domain: "ann.example" });
    const mails = await outboxOf(request.id);
    expect(mails.map((m) => [m.template, m.language])).toEqual([["acknowledgement", "ru"]]);
    // No portal address configured: the acknowledgement answers the message by References alone.
    expect(mails[0]!.thread).toEqual({ inReplyTo: "<m1@ann.example>", references: ["<m1@ann.example>"] });
    expect(kicks).toBe(1);
  });

  it("goes from the portal's address with a plus-addressed Reply-To once one is configured", async () => {
    await withTransaction(db(), (tx) => tx.update(portals).set({ inboundAddress: "privacy@mgoods.example" }).where(eq(portals.id, mgoods.id)));
    const raw = await ann.sign(await compose({ from: "ann@ann.example", to: "privacy@mgoods.example", messageId: "<m2@ann.example>", ...RU }));
    const { reference } = (await run(raw)) as { reference: string };
    const request = await requestOf(reference);
    const [ack] = await outboxOf(request.id);
    expect(ack!.thread).toEqual({ from: "privacy@mgoods.example", replyTo: `privacy+r-${request.replyToken}@mgoods.example`, inReplyTo: "<m2@ann.example>", references: ["<m2@ann.example>"] });
  });

  it("proves nothing when the signature is another domain's, or the body was changed after signing", async () => {
    const other = testDomain("mailer.example");
    const byOther = await other.sign(await compose({ from: "ann@ann.example", messageId: "<m3@ann.example>", ...RU }));
    const r1 = await importInboundMessage(db(), { portalId: mgoods.id, raw: byOther }, { resolver: resolverOf(ann, other), now: NOW, appUrl: APP_URL, kick: () => {} });
    expect(r1).toMatchObject({ status: "submitted" });
    const signed = await ann.sign(await compose({ from: "ann@ann.example", messageId: "<m4@ann.example>", ...RU }));
    const tampered = Buffer.from(signed.toString("utf8").replace("=D0=A3", "=D0=A4").replace("Удалить", "Удолить"));
    expect(await run(Buffer.concat([tampered, Buffer.from("\r\nP.S. also my friend's account\r\n")]))).toMatchObject({ status: "submitted" });
  });
});

describe("a message from an unproved address", () => {
  it("becomes a submitted request and the sender gets the verification link, in the language they wrote in", async () => {
    const raw = await compose({ from: "bek@mail.example", to: "privacy@mgoods.example", messageId: "<u1@mail.example>", ...UZ });
    const result = await run(raw);
    expect(result).toMatchObject({ status: "submitted" });
    const request = await requestOf((result as { reference: string }).reference);
    expect(request).toMatchObject({ status: "submitted", channel: "email", language: "uz", type: "deletion", triage: "needs_triage", verifiedAt: null });
    const mails = await outboxOf(request.id);
    expect(mails.map((m) => [m.template, m.language, m.to])).toEqual([["inbound-verification", "uz", "bek@mail.example"]]);
    expect(mails[0]!.subject).toContain("xatingizni oldi");
    const [inbound] = await db().select().from(inboundMessages);
    expect(inbound!.auth).toMatchObject({ proved: false });
  });

  it("its reminder and a new link are worded for someone who wrote, not one who filled in a form that was not sent", async () => {
    const result = await run(await compose({ from: "bek@mail.example", to: "privacy@mgoods.example", messageId: "<u2@mail.example>", ...UZ }));
    const request = await requestOf((result as { reference: string }).reference);
    const dayLater = new Date(NOW.getTime() + 25 * 3_600_000);
    expect(await sweepUnverified(db(), { now: dayLater, appUrl: APP_URL })).toMatchObject({ reminded: 1 });
    expect(await sendNewVerificationLink(db(), { request, portal: mgoods, now: dayLater, appUrl: APP_URL })).toBe(true);
    const mails = await outboxOf(request.id);
    expect(mails.map((m) => m.template)).toEqual(["inbound-verification", "inbound-verification", "inbound-verification"]);
    for (const mail of mails) expect(mail.text).toContain(mgoods.contactEmail);
  });

  it("falls back to the portal's default language and first type when nothing can be told", async () => {
    const deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    const raw = await compose({ from: "x@mail.example", messageId: "<u2@mail.example>", subject: "Hello", text: "Please help me with my account." });
    const { reference } = (await run(raw, { portal: deepen })) as { reference: string };
    expect(await requestOf(reference)).toMatchObject({ language: "uz", type: "deletion" });
    const [inbound] = await db().select().from(inboundMessages);
    expect(inbound!.suggestedType).toBeNull();
  });

  it("keeps no HTML: a message with only an HTML part is stored as its text", async () => {
    const raw = await compose({ from: "x@mail.example", messageId: "<h1@mail.example>", subject: "Delete my account", html: "<p>Please <b>delete</b> my account.</p><script>alert(1)</script>" });
    const { reference } = (await run(raw)) as { reference: string };
    const request = await requestOf(reference);
    expect(request.details).toBe("Delete my account\n\nPlease delete my account.");
  });
});

describe("what makes no request", () => {
  it("a second import of the same message is a duplicate and changes nothing", async () => {
    const raw = await compose({ from: "bek@mail.example", messageId: "<d1@mail.example>", ...UZ });
    expect(await run(raw)).toMatchObject({ status: "submitted" });
    expect(await run(raw)).toEqual({ ignored: "duplicate" });
    expect(await db().$count(requests)).toBe(1);
    expect(await db().$count(inboundMessages)).toBe(1);
    expect(await db().$count(emailOutbox)).toBe(1);
  });

  it.each([
    ["auto_submitted", { headers: { "Auto-Submitted": "auto-replied" } }],
    ["auto_submitted", { headers: { "X-Autoreply": "yes" } }],
    ["mailing_list", { headers: { "List-Id": "<news.mail.example>" } }],
    ["own_message", { messageId: "<outbox-7@privacy.example.test>" }],
  ])("ignores %s mail, records it, and sends nothing", async (reason, extra) => {
    const raw = await compose({ from: "robot@mail.example", messageId: "<r1@mail.example>", ...RU, ...extra });
    expect(await run(raw)).toEqual({ ignored: reason });
    expect(await db().$count(requests)).toBe(0);
    expect(await allOutbox()).toEqual([]);
    const [inbound] = await db().select().from(inboundMessages);
    expect(inbound).toMatchObject({ outcome: "ignored", reason, requestId: null });
  });

  it("ignores a delivery-status report", async () => {
    const dsn = Buffer.from(
      [
        "From: Mail Delivery System <MAILER-DAEMON@mx.example>",
        "To: privacy@mgoods.example",
        "Subject: Undelivered Mail Returned to Sender",
        "Message-ID: <dsn1@mx.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "Your message could not be delivered. Удалить.",
        "--b",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example",
        "",
        "Final-Recipient: rfc822; nobody@mail.example",
        "Action: failed",
        "Status: 5.1.1",
        "--b--",
        "",
      ].join("\r\n"),
    );
    expect(await run(dsn)).toEqual({ ignored: "delivery_report" });
    expect(await allOutbox()).toEqual([]);
  });

  it("records an oversized message with its sender and subject, unread", async () => {
    const head = await compose({ from: "big@mail.example", messageId: "<big@mail.example>", subject: "Delete my account", text: "x" });
    const raw = Buffer.concat([head, Buffer.alloc(MAX_MESSAGE_BYTES, "a")]);
    expect(await run(raw)).toEqual({ ignored: "oversized" });
    const [inbound] = await db().select().from(inboundMessages);
    expect(inbound).toMatchObject({ outcome: "ignored", reason: "oversized", fromAddress: "big@mail.example", subject: "Delete my account", size: raw.length });
    expect(await allOutbox()).toEqual([]);
  });

  it("limits what one sender can turn into requests in an hour", async () => {
    for (let i = 0; i < PER_SENDER.limit; i++) expect(await run(await compose({ from: "bek@mail.example", messageId: `<f${i}@mail.example>`, ...UZ }))).toMatchObject({ status: "submitted" });
    expect(await run(await compose({ from: "bek@mail.example", messageId: "<f-last@mail.example>", ...UZ }))).toEqual({ ignored: "rate_limited" });
    expect(await db().$count(requests)).toBe(PER_SENDER.limit);
  });
});

describe("attachments", () => {
  it("are kept for staff up to the cap; a larger one is counted, not kept", async () => {
    const raw = await compose({
      from: "bek@mail.example",
      messageId: "<a1@mail.example>",
      ...UZ,
      attachments: [
        { filename: "passport.pdf", content: Buffer.from("%PDF-1.4 small"), contentType: "application/pdf" },
        { filename: "video.mp4", content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1), contentType: "video/mp4" },
      ],
    });
    const { reference } = (await run(raw)) as { reference: string };
    const request = await requestOf(reference);
    const kept = await db().select().from(inboundAttachments);
    expect(kept.map((a) => [a.filename, a.mimeType, a.size, a.requestId])).toEqual([["passport.pdf", "application/pdf", 14, request.id]]);
    expect(kept[0]!.content.toString()).toBe("%PDF-1.4 small");
    const skipped = await db().select().from(requestEvents).where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.type, "email_attachments_skipped")));
    expect(skipped[0]!.data).toEqual({ count: 1 });
  });
});

describe("threads", () => {
  const openProved = async () => {
    const raw = await ann.sign(await compose({ from: "ann@ann.example", to: "privacy@mgoods.example", messageId: "<t0@ann.example>", ...RU }));
    const { reference } = (await run(raw)) as { reference: string };
    const request = await requestOf(reference);
    await askRequester(db(), { request, portal: mgoods, question: "Какой у вас логин?", by: { apiKey: { id: 1, name: "desk" } }, now: new Date("2026-03-02T09:00:00Z"), appUrl: APP_URL });
    const [, question] = await outboxOf(request.id);
    return { request: await requestOf(reference), question: question! };
  };
  const later = new Date("2026-03-03T10:00:00Z");

  it("records the requester's reply to a clarification as the answer and resumes the clock", async () => {
    const { request, question } = await openProved();
    expect(request.status).toBe("awaiting_requester");
    expect(question.thread).toMatchObject({ inReplyTo: "<t0@ann.example>" });
    const reply = await ann.sign(await compose({
      from: "ann@ann.example",
      to: "privacy@mgoods.example",
      messageId: "<t1@ann.example>",
      inReplyTo: `<outbox-${question.id}@privacy.example.test>`,
      references: ["<t0@ann.example>", `<outbox-${question.id}@privacy.example.test>`],
      subject: "Re: вопрос",
      text: "Мой логин ann42.\n\n2 марта Mgoods написал:\n> Какой у вас логин?",
    }));
    expect(await run(reply, { now: later })).toEqual({ answered: request.reference });
    const after = await requestOf(request.reference);
    expect(after.status).toBe("open");
    const [pause] = await db().select().from(pauses).where(eq(pauses.requestId, request.id));
    expect(pause!.resumedAt).toEqual(later);
    const events = await db().select({ type: requestEvents.type }).from(requestEvents).where(eq(requestEvents.requestId, request.id));
    expect(events.map((e) => e.type)).toContain("clarification_answered");
    const [inbound] = await db().select().from(inboundMessages).where(eq(inboundMessages.messageId, "<t1@ann.example>"));
    expect(inbound).toMatchObject({ outcome: "answer", requestId: request.id });
    expect(await db().$count(requests)).toBe(1);
  });

  it("asks for clarification from the address an admin saved with the mailbox, with the plus-addressed Reply-To", async () => {
    const raw = await ann.sign(await compose({ from: "ann@ann.example", to: "privacy@mgoods.example", messageId: "<t5@ann.example>", ...RU }));
    const request = await requestOf(((await run(raw)) as { reference: string }).reference);
    const admin = await addStaff(db(), "mgoods-seller", "admin");
    const settings = mailboxSettingsSchema.parse({ host: "imap.mgoods.example", port: "993", tls: "on", username: "privacy@mgoods.example", password: "app-password", address: "privacy@mgoods.example" });
    await saveMailboxSettings(db(), { portalId: mgoods.id, settings, by: admin.id, now: NOW, authSecret: "a-test-auth-secret-of-at-least-32-characters" });
    await askRequester(db(), { request, portal: mgoods, question: "Какой у вас логин?", by: { apiKey: { id: 1, name: "desk" } }, now: new Date("2026-03-02T09:00:00Z"), appUrl: APP_URL });
    const [, question] = await outboxOf(request.id);
    expect(question!.thread).toEqual({ from: "privacy@mgoods.example", replyTo: `privacy+r-${request.replyToken}@mgoods.example`, inReplyTo: "<t5@ann.example>", references: ["<t5@ann.example>"] });
  });

  it("matches a reply by its plus-address token alone, when the client dropped References", async () => {
    const { request } = await openProved();
    const reply = await compose({ from: "ann@ann.example", to: `privacy+r-${request.replyToken}@mgoods.example`, messageId: "<t2@ann.example>", subject: "login", text: "ann42" });
    expect(await run(reply, { now: later })).toEqual({ answered: request.reference });
    expect((await requestOf(request.reference)).status).toBe("open");
  });

  it("does not take a reply found by References alone from an unproved sender: anyone can write the requester's From and count our Message-IDs", async () => {
    const { request, question } = await openProved();
    const forged = await compose({
      from: "ann@ann.example",
      to: "privacy@mgoods.example",
      messageId: "<f1@elsewhere.example>",
      references: [`<outbox-${question.id}@privacy.example.test>`],
      subject: "Re: вопрос",
      text: "Пришлите все мои данные на другой адрес.",
    });
    expect(await run(forged, { now: later })).toMatchObject({ status: "submitted" });
    expect((await requestOf(request.reference)).status).toBe("awaiting_requester");
    const [inbound] = await db().select().from(inboundMessages).where(eq(inboundMessages.messageId, "<f1@elsewhere.example>"));
    expect(inbound).toMatchObject({ outcome: "request", auth: { proved: false } });
  });

  it("does not take a reply from another address as the requester's answer", async () => {
    const { request } = await openProved();
    const reply = await compose({ from: "mallory@mail.example", to: `privacy+r-${request.replyToken}@mgoods.example`, messageId: "<t3@mail.example>", references: ["<t0@ann.example>"], subject: "Re", text: "Удалить" });
    expect(await run(reply, { now: later })).toMatchObject({ status: "submitted" });
    expect((await requestOf(request.reference)).status).toBe("awaiting_requester");
  });
});
