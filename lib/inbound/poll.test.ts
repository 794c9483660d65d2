import { beforeEach, describe, expect, it } from "vitest";
import { getPortalMailbox } from "../../db/queries/portal-mailboxes";
import type { Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, portal as demoPortal } from "../scheduler/test-fixtures";
import { importedFlag, IMPORTED_KEYWORD } from "./imap-folder";
import type { InboundMessage, InboundResult } from "./import";
import { saveMailboxSettings } from "./mailbox-settings";
import { pollMailbox, sweepInboundMailboxes } from "./poll";
import { deliver, flagsIn, imapClient, imapServerPerFile, newFolder, rawMessage } from "./test-mailbox";

const db = tempDbPerTest();
const imap = imapServerPerFile();
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const NOW = new Date("2026-11-29T09:05:00Z");

/**
 * Our own importer for the IMAP side's tests: it keeps what it was given and,
 * like importInboundMessage, answers a Message-ID it has seen with a duplicate.
 */
function recorder({ failOn }: { failOn?: string } = {}) {
  const seen: { portalId: number; messageId: string; internalDate?: Date }[] = [];
  const importer = async (_db: unknown, { portalId, raw, internalDate }: InboundMessage): Promise<InboundResult> => {
    const messageId = /^Message-ID: <([^>]+)>/im.exec(raw.toString("utf8"))?.[1] ?? "";
    if (messageId === failOn) throw new Error("the importer could not take this one");
    if (seen.some((m) => m.portalId === portalId && m.messageId === messageId)) return { ignored: "duplicate" };
    seen.push({ portalId, messageId, internalDate });
    return { reference: `DEE-${seen.length}`, status: "needs_triage" };
  };
  return { seen, importer, ids: () => seen.map((m) => m.messageId) };
}

let deepen: Portal;
let admin: string;

beforeEach(async () => {
  deepen = await demoPortal(db(), "deepen");
  admin = (await addStaff(db(), "deepen", "admin")).id;
});

async function connect(portal: Portal, folder: string, password = imap().password, by = admin) {
  await saveMailboxSettings(db(), { portalId: portal.id, settings: { host: imap().host, port: imap().port, tls: false, username: imap().user, password, folder, enabled: true, address: null }, by, now: NOW, authSecret: AUTH_SECRET });
  return (await getPortalMailbox(db(), { portalId: portal.id }))!;
}

const poll = async (portal: Portal, importer: ReturnType<typeof recorder>["importer"], limit?: number) =>
  pollMailbox(db(), (await getPortalMailbox(db(), { portalId: portal.id }))!, { now: NOW, authSecret: AUTH_SECRET, importer, limit });

describe("polling a portal's mailbox", () => {
  it("imports each new message once, marks it on the server, and imports nothing again on later polls or after a restart", async () => {
    const folder = await newFolder(imap());
    await connect(deepen, folder);
    await deliver(imap(), folder, rawMessage({ id: "one@example.com" }), rawMessage({ id: "two@example.com" }));
    const importer = recorder();

    expect(await poll(deepen, importer.importer)).toEqual({ ok: true, imported: 2, answered: 0, ignored: 0, failed: 0, remaining: 0, flag: "keyword" });
    expect(importer.seen).toEqual([
      { portalId: deepen.id, messageId: "one@example.com", internalDate: new Date("2026-11-29T09:01:00Z") },
      { portalId: deepen.id, messageId: "two@example.com", internalDate: new Date("2026-11-29T09:01:00Z") },
    ]);
    expect(await flagsIn(imap(), folder)).toEqual([
      { messageId: "<one@example.com>", flags: [IMPORTED_KEYWORD] },
      { messageId: "<two@example.com>", flags: [IMPORTED_KEYWORD] },
    ]);
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toMatchObject({ lastPollAt: NOW, lastError: null, lastErrorDetail: null, flaggedWith: "keyword" });

    expect(await poll(deepen, importer.importer)).toMatchObject({ ok: true, imported: 0, ignored: 0 });
    // A restarted process: a new importer with no memory; only the server's keyword keeps the messages from it.
    const afterRestart = recorder();
    expect(await poll(deepen, afterRestart.importer)).toMatchObject({ ok: true, imported: 0, ignored: 0 });
    expect(afterRestart.seen).toEqual([]);

    await deliver(imap(), folder, rawMessage({ id: "three@example.com" }));
    expect(await poll(deepen, afterRestart.importer)).toMatchObject({ ok: true, imported: 1 });
    expect(afterRestart.ids()).toEqual(["three@example.com"]);
    expect((await flagsIn(imap(), folder)).map((m) => m.flags)).toEqual([[IMPORTED_KEYWORD], [IMPORTED_KEYWORD], [IMPORTED_KEYWORD]]);
  });

  it("leaves a message the importer threw on unmarked, records why, and takes it again on the next poll", async () => {
    const folder = await newFolder(imap());
    await connect(deepen, folder);
    await deliver(imap(), folder, rawMessage({ id: "bad@example.com" }), rawMessage({ id: "good@example.com" }));
    const failing = recorder({ failOn: "bad@example.com" });

    expect(await poll(deepen, failing.importer)).toMatchObject({ ok: true, imported: 1, failed: 1 });
    expect(await flagsIn(imap(), folder)).toEqual([
      { messageId: "<bad@example.com>", flags: [] },
      { messageId: "<good@example.com>", flags: [IMPORTED_KEYWORD] },
    ]);
    const row = (await getPortalMailbox(db(), { portalId: deepen.id }))!;
    expect(row.lastError).toBe("import");
    expect(row.lastErrorDetail).toBe("UID 1: the importer could not take this one");

    const mended = recorder();
    expect(await poll(deepen, mended.importer)).toMatchObject({ ok: true, imported: 1, failed: 0 });
    expect(mended.ids()).toEqual(["bad@example.com"]);
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toMatchObject({ lastError: null, lastErrorDetail: null });
  });

  it("re-imports a message whose mark was lost after its import (a crash between the two), harmlessly, as a duplicate", async () => {
    const folder = await newFolder(imap());
    await connect(deepen, folder);
    await deliver(imap(), folder, rawMessage({ id: "crash@example.com" }));
    const importer = recorder();
    await poll(deepen, importer.importer);
    // The state a crash after the import's commit and before the STORE leaves: imported, not marked.
    const client = imapClient(imap());
    await client.connect();
    await client.mailboxOpen(folder);
    await client.messageFlagsRemove("1:*", [IMPORTED_KEYWORD]);
    await client.logout();

    expect(await poll(deepen, importer.importer)).toMatchObject({ ok: true, imported: 0, ignored: 1 });
    expect(importer.ids()).toEqual(["crash@example.com"]);
    expect((await flagsIn(imap(), folder)).map((m) => m.flags)).toEqual([[IMPORTED_KEYWORD]]);
  });

  it("takes at most the per-poll bound, oldest first, and leaves the rest for the next run", async () => {
    const folder = await newFolder(imap());
    await connect(deepen, folder);
    await deliver(imap(), folder, ...["a", "b", "c"].map((id) => rawMessage({ id: `${id}@example.com` })));
    const importer = recorder();
    expect(await poll(deepen, importer.importer, 2)).toMatchObject({ ok: true, imported: 2, remaining: 1 });
    expect(importer.ids()).toEqual(["a@example.com", "b@example.com"]);
    expect(await poll(deepen, importer.importer, 2)).toMatchObject({ ok: true, imported: 1, remaining: 0 });
    expect(importer.ids()).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
  });
});

describe("the scheduler's sweep", () => {
  it("records a wrong password on its mailbox and still polls the other portals'", async () => {
    const mvsep = await demoPortal(db(), "mvsep");
    const mvsepAdmin = (await addStaff(db(), "mvsep", "admin")).id;
    const [good, bad] = [await newFolder(imap()), await newFolder(imap())];
    await connect(mvsep, bad, "not-the-password", mvsepAdmin);
    await connect(deepen, good);
    await deliver(imap(), good, rawMessage({ id: "swept@example.com" }));
    await deliver(imap(), bad, rawMessage({ id: "unread@example.com" }));
    const importer = recorder();

    expect(await sweepInboundMailboxes(db(), { now: NOW }, { importer: importer.importer, authSecret: AUTH_SECRET })).toEqual({ mailboxes: 2, failing: 1, imported: 1, answered: 0, ignored: 0, failed: 0 });
    expect(importer.seen).toEqual([{ portalId: deepen.id, messageId: "swept@example.com", internalDate: new Date("2026-11-29T09:01:00Z") }]);
    expect(await getPortalMailbox(db(), { portalId: mvsep.id })).toMatchObject({ lastPollAt: NOW, lastError: "auth", lastErrorDetail: "Authentication failed." });
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toMatchObject({ lastPollAt: NOW, lastError: null });
    expect(await flagsIn(imap(), bad)).toEqual([{ messageId: "<unread@example.com>", flags: [] }]);
  });

  it("polls only enabled mailboxes, and records a password sealed under another AUTH_SECRET", async () => {
    const folder = await newFolder(imap());
    await connect(deepen, folder);
    await deliver(imap(), folder, rawMessage({ id: "later@example.com" }));
    const importer = recorder();
    expect(await sweepInboundMailboxes(db(), { now: NOW }, { importer: importer.importer, authSecret: `${AUTH_SECRET}-rotated` })).toMatchObject({ mailboxes: 1, failing: 1, imported: 0 });
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toMatchObject({ lastError: "password_unreadable" });

    await saveMailboxSettings(db(), { portalId: deepen.id, settings: { host: imap().host, port: imap().port, tls: false, username: imap().user, password: "", folder, enabled: false, address: null }, by: admin, now: NOW, authSecret: AUTH_SECRET });
    expect(await sweepInboundMailboxes(db(), { now: NOW }, { importer: importer.importer, authSecret: AUTH_SECRET })).toMatchObject({ mailboxes: 0, imported: 0 });
    expect(importer.seen).toEqual([]);
  });
});

describe("how imported messages are marked", () => {
  it("uses the keyword where the folder stores keywords, else \\Seen", () => {
    expect(importedFlag(new Set(["\\Seen", "\\Deleted", "\\*"]))).toBe("keyword");
    expect(importedFlag(new Set(["\\Seen", IMPORTED_KEYWORD]))).toBe("keyword");
    expect(importedFlag(undefined)).toBe("keyword");
    expect(importedFlag(new Set(["\\Answered", "\\Seen", "\\Deleted"]))).toBe("seen");
  });
});
