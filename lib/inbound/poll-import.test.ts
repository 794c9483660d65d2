/**
 * The whole route, end to end: a message delivered to Deepen's mailbox on a
 * real IMAP server, the scheduler's poll with the real importer
 * (importInboundMessage, its default), and what comes of it: a request
 * received by email in Deepen's queue, waiting for triage, and the
 * verification email to its sender (an unsigned message proves no address).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getPortalMailbox } from "../../db/queries/portal-mailboxes";
import { emailOutbox, requests, type Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, portal as demoPortal } from "../scheduler/test-fixtures";
import { IMPORTED_KEYWORD } from "./imap-folder";
import { saveMailboxSettings } from "./mailbox-settings";
import { pollMailbox } from "./poll";
import { deliver, flagsIn, imapServerPerFile, newFolder, rawMessage } from "./test-mailbox";

const db = tempDbPerTest();
const imap = imapServerPerFile();
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const NOW = new Date("2026-11-29T09:05:00Z");
let deepen: Portal;

beforeEach(async () => {
  deepen = await demoPortal(db(), "deepen");
});

describe("a request by email, from the mailbox to the queue", () => {
  it("turns a new message in Deepen's mailbox into a request received by email, and emails its sender the verification link, once", async () => {
    const folder = await newFolder(imap());
    const admin = (await addStaff(db(), "deepen", "admin")).id;
    await saveMailboxSettings(db(), { portalId: deepen.id, settings: { host: imap().host, port: imap().port, tls: false, username: imap().user, password: imap().password, folder, enabled: true, address: null }, by: admin, now: NOW, authSecret: AUTH_SECRET });
    await deliver(
      imap(),
      folder,
      rawMessage({ id: "delete-1@mail.example", from: "Bek Karimov <bek@mail.example>", to: "info@deepen.uz", subject: "Akkauntni o'chirish", body: "Assalomu alaykum, akkauntimni va shaxsiy ma'lumotlarimni o'chirishingizni so'rayman." }),
    );
    const poll = async () => pollMailbox(db(), (await getPortalMailbox(db(), { portalId: deepen.id }))!, { now: NOW, authSecret: AUTH_SECRET });

    expect(await poll()).toMatchObject({ ok: true, imported: 1, failed: 0 });
    const [request, ...others] = await db().select().from(requests);
    expect(others).toEqual([]);
    expect(request).toMatchObject({ portalId: deepen.id, channel: "email", email: "bek@mail.example", type: "deletion", triage: "needs_triage" });
    const mail = await db().select().from(emailOutbox);
    expect(mail.map((m) => [m.template, m.to, m.requestId])).toEqual([["inbound-verification", "bek@mail.example", request!.id]]);
    expect(await flagsIn(imap(), folder)).toEqual([{ messageId: "<delete-1@mail.example>", flags: [IMPORTED_KEYWORD] }]);

    // The next minute's poll finds nothing new: no second request, no second email.
    expect(await poll()).toMatchObject({ ok: true, imported: 0, ignored: 0 });
    expect(await db().$count(requests)).toBe(1);
    expect(await db().$count(emailOutbox)).toBe(1);
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toMatchObject({ lastError: null });
  });
});
