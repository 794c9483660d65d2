import { createServer } from "node:net";
import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getPortalMailbox } from "../../db/queries/portal-mailboxes";
import { portalMailboxes, portals, requestEvents, type Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, portal as demoPortal } from "../scheduler/test-fixtures";
import { openSecret } from "../security/sealed-secret";
import { DomainError } from "../staff/errors";
import { addressFromUsername, mailboxSettingsSchema } from "../validation/mailbox";
import { mailboxView, removeMailbox, saveMailboxSettings, testMailboxConnection } from "./mailbox-settings";
import { imapServerPerFile, newFolder } from "./test-mailbox";

const db = tempDbPerTest();
const imap = imapServerPerFile();
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const NOW = new Date("2026-11-29T09:00:00Z");

let deepen: Portal;
let admin: string;
beforeEach(async () => {
  deepen = await demoPortal(db(), "deepen");
  admin = (await addStaff(db(), "deepen", "admin")).id;
});

const settings = (changes: Record<string, unknown> = {}) =>
  mailboxSettingsSchema.parse({ host: imap().host, port: String(imap().port), tls: undefined, username: imap().user, password: imap().password, folder: "", enabled: "on", ...changes });
const save = (changes: Record<string, unknown> = {}) => saveMailboxSettings(db(), { portalId: deepen.id, settings: settings(changes), by: admin, now: NOW, authSecret: AUTH_SECRET });
const test = (changes: Record<string, unknown> = {}) => testMailboxConnection(db(), { portalId: deepen.id, settings: settings(changes), authSecret: AUTH_SECRET });
const audit = () => db().select({ type: requestEvents.type, actor: requestEvents.actor, data: requestEvents.data }).from(requestEvents).where(like(requestEvents.type, "mailbox_%")).orderBy(requestEvents.id);

describe("a portal's mailbox settings", () => {
  it("keeps the password sealed, never in clear, and audits each change without it", async () => {
    expect(await save()).toEqual({ created: true, changed: ["host", "port", "tls", "username", "folder", "enabled", "password"] });
    const [row] = await db().select().from(portalMailboxes).where(eq(portalMailboxes.portalId, deepen.id));
    expect(row).toMatchObject({ host: imap().host, port: imap().port, tls: false, username: imap().user, folder: "INBOX", enabled: true, createdBy: admin, updatedBy: admin });
    expect(row!.password).not.toContain(imap().password);
    expect(JSON.stringify(row)).not.toContain(imap().password);
    expect(openSecret(row!.password, AUTH_SECRET, "mailbox passwords")).toBe(imap().password);
    expect(await mailboxView(db(), { portalId: deepen.id })).not.toHaveProperty("password");

    // A blank password keeps the stored one; an unchanged form changes nothing and records nothing.
    expect(await save({ password: "", folder: "Requests" })).toEqual({ created: false, changed: ["folder"] });
    expect((await getPortalMailbox(db(), { portalId: deepen.id }))!.password).toBe(row!.password);
    expect(await save({ password: "", folder: "Requests" })).toEqual({ created: false, changed: [] });
    expect(await save({ password: "a-new-app-password", folder: "Requests" })).toEqual({ created: false, changed: ["password"] });
    await removeMailbox(db(), { portalId: deepen.id, by: admin, now: NOW });
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toBeUndefined();

    const entries = await audit();
    expect(entries.map((e) => [e.type, e.actor, (e.data as { changed?: string[] }).changed])).toEqual([
      ["mailbox_connected", `staff:${admin}`, ["host", "port", "tls", "username", "folder", "enabled", "password"]],
      ["mailbox_changed", `staff:${admin}`, ["folder"]],
      ["mailbox_changed", `staff:${admin}`, ["password"]],
      ["mailbox_removed", `staff:${admin}`, undefined],
    ]);
    expect(JSON.stringify(entries)).not.toContain(imap().password);
    expect(JSON.stringify(entries)).not.toContain("a-new-app-password");
  });

  it("saves the address requesters write to on the portal, with the mailbox, audited; blank clears it", async () => {
    const address = async () => (await db().select({ address: portals.inboundAddress }).from(portals).where(eq(portals.id, deepen.id)))[0]!.address;
    expect(await save({ address: " Info@Deepen.uz " })).toMatchObject({ created: true, changed: expect.arrayContaining(["address"]) });
    expect(await address()).toBe("info@deepen.uz");
    expect(await save({ password: "", address: "info@deepen.uz" })).toEqual({ created: false, changed: [] });
    // Changing only the address leaves the mailbox row (and its last check's error) alone.
    const before = await getPortalMailbox(db(), { portalId: deepen.id });
    expect(await save({ password: "", address: "privacy@deepen.uz" })).toEqual({ created: false, changed: ["address"] });
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toEqual(before);
    expect(await address()).toBe("privacy@deepen.uz");
    expect(await save({ password: "", address: "" })).toEqual({ created: false, changed: ["address"] });
    expect(await address()).toBeNull();

    const entries = await audit();
    expect(entries.map((e) => [e.type, (e.data as { address?: string | null }).address, (e.data as { changed: string[] }).changed.includes("address")])).toEqual([
      ["mailbox_connected", "info@deepen.uz", true],
      ["mailbox_changed", "privacy@deepen.uz", true],
      ["mailbox_changed", null, true],
    ]);
  });

  it("refuses an address that is not one, is too long, or carries its own plus part", () => {
    const issues = (address: string) => mailboxSettingsSchema.safeParse({ host: "imap.gmail.com", port: "993", username: "a@b.c", address }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues("info at deepen.uz")).toEqual([["address", "addressInvalid"]]);
    expect(issues("info@")).toEqual([["address", "addressInvalid"]]);
    expect(issues(`${"a".repeat(250)}@deepen.uz`)).toEqual([["address", "addressTooLong"]]);
    expect(issues("info+privacy@deepen.uz")).toEqual([["address", "addressPlus"]]);
    expect(issues("")).toBeUndefined();
    expect(mailboxSettingsSchema.parse({ host: "imap.gmail.com", port: "993", username: "a@b.c" }).address).toBeNull();
  });

  it("offers the user name as the address when it is one the portal could reply from", () => {
    expect(addressFromUsername(" Info@Deepen.uz")).toBe("info@deepen.uz");
    expect(addressFromUsername("info")).toBe("");
    expect(addressFromUsername("info+requests@deepen.uz")).toBe("");
  });

  it("refuses a first save without a password, on the password field", async () => {
    await expect(save({ password: "" })).rejects.toMatchObject({ code: "mailbox_password_required", field: "password" });
    await expect(removeMailbox(db(), { portalId: deepen.id, by: admin, now: NOW })).rejects.toBeInstanceOf(DomainError);
  });

  it("checks the form's values with the shared schema", () => {
    const issues = (values: Record<string, unknown>) => mailboxSettingsSchema.safeParse(values).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ host: "", port: "99999", username: " ", password: "" })).toEqual([
      ["host", "hostRequired"],
      ["port", "portInvalid"],
      ["username", "usernameRequired"],
    ]);
    expect(issues({ host: "imaps://imap.gmail.com", port: "993", username: "a@b.c" })).toEqual([["host", "hostInvalid"]]);
    expect(mailboxSettingsSchema.parse({ host: " imap.gmail.com ", port: "993", tls: "on", username: "privacy@deepen.uz", folder: " " })).toEqual({
      host: "imap.gmail.com",
      port: 993,
      tls: true,
      username: "privacy@deepen.uz",
      password: "",
      folder: "INBOX",
      enabled: false,
      address: null,
    });
  });
});

describe("testing the connection", () => {
  it("logs in, opens the folder and says how imported messages will be marked, saving nothing", async () => {
    expect(await test()).toEqual({ ok: true, flag: "keyword", messages: 0 });
    expect(await getPortalMailbox(db(), { portalId: deepen.id })).toBeUndefined();
  });

  it("uses the stored password when the field is left blank", async () => {
    const folder = await newFolder(imap());
    await save({ folder });
    expect(await test({ password: "", folder })).toMatchObject({ ok: true });
    await expect(testMailboxConnection(db(), { portalId: (await demoPortal(db(), "mvsep")).id, settings: settings({ password: "" }), authSecret: AUTH_SECRET })).rejects.toMatchObject({ code: "mailbox_password_required" });
  });

  it("says which step failed, in specific terms", async () => {
    expect(await test({ password: "wrong" })).toEqual({ ok: false, failure: { reason: "auth", detail: "Authentication failed." } });
    expect(await test({ folder: "No such folder" })).toMatchObject({ ok: false, failure: { reason: "folder" } });
    expect(await test({ tls: "on" })).toMatchObject({ ok: false, failure: { reason: "tls" } });
    expect(await test({ host: "no-such-host.invalid" })).toMatchObject({ ok: false, failure: { reason: "host_not_found" } });
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    expect(await test({ port: String(closed) })).toMatchObject({ ok: false, failure: { reason: "unreachable" } });
  });
});
