import "server-only";
import { withTransaction, type Db, type Executor } from "../../db/client";
import { getPortalInboundAddress, setPortalInboundAddress } from "../../db/queries/inbound";
import { deletePortalMailbox, getPortalMailbox, insertPortalMailbox, updatePortalMailbox } from "../../db/queries/portal-mailboxes";
import type { MailboxFlag, PortalMailbox } from "../../db/schema";
import { openSecret, sealSecret } from "../security/sealed-secret";
import { recordStaffEvent } from "../staff/audit";
import { DomainError } from "../staff/errors";
import type { MailboxSettingsInput } from "../validation/mailbox";
import type { ImapFailure } from "./imap-failure";
import { importedFlag, withImapFolder, type ImapSettings } from "./imap-folder";

/**
 * A portal's mailbox as its admins set it. The password goes one way: sealed
 * when saved, opened only to connect, never shown; a blank password keeps the
 * stored one. The address requesters write to is the portal's (replies go from
 * it), saved with the mailbox. Each change and its audit entry commit together.
 */

/** What the settings page shows: everything but the password. */
export type MailboxView = Omit<PortalMailbox, "password">;

const SHOWN = ["host", "port", "tls", "username", "folder", "enabled"] as const;

export async function mailboxView(db: Executor, { portalId }: { portalId: number }): Promise<MailboxView | undefined> {
  const row = await getPortalMailbox(db, { portalId });
  if (!row) return undefined;
  const shown: Partial<PortalMailbox> = { ...row };
  delete shown.password;
  return shown as MailboxView;
}

/** The password to use: the one typed, else the stored one (opened), else a refusal on the password field. */
function passwordFor(typed: string, stored: PortalMailbox | undefined, authSecret: string): string {
  if (typed) return typed;
  if (!stored) throw new DomainError("mailbox_password_required", { field: "password" });
  try {
    return openSecret(stored.password, authSecret, "mailbox passwords");
  } catch {
    // Sealed under a former AUTH_SECRET: only typing it again helps.
    throw new DomainError("mailbox_password_required", { field: "password" });
  }
}

/** Connects a portal's mailbox, or changes it and the portal's address; answers whether it was new and which settings changed. */
export async function saveMailboxSettings(
  db: Db,
  { portalId, settings, by, now, authSecret }: { portalId: number; settings: MailboxSettingsInput; by: string; now: Date; authSecret: string },
): Promise<{ created: boolean; changed: string[] }> {
  return withTransaction(db, async (tx) => {
    const stored = await getPortalMailbox(tx, { portalId });
    const storedAddress = await getPortalInboundAddress(tx, { portalId });
    const { password: typed, address, ...shown } = settings;
    if (!typed && !stored) throw new DomainError("mailbox_password_required", { field: "password" });
    const password = typed ? sealSecret(typed, authSecret, "mailbox passwords") : stored!.password;
    const changed: string[] = stored ? SHOWN.filter((key) => stored[key] !== shown[key]) : [...SHOWN];
    if (address !== storedAddress) changed.push("address");
    if (typed) changed.push("password");
    if (!stored) await insertPortalMailbox(tx, { portalId, ...shown, password, by, now });
    else if (changed.some((key) => key !== "address")) await updatePortalMailbox(tx, { portalId, ...shown, password, by, now });
    if (address !== storedAddress) await setPortalInboundAddress(tx, { portalId, address });
    if (changed.length > 0) {
      await recordStaffEvent(tx, { userId: by, type: stored ? "mailbox_changed" : "mailbox_connected", data: { ...shown, address, changed }, portalIds: [portalId], at: now });
    }
    return { created: !stored, changed };
  });
}

/** Disconnects the portal's mailbox: nothing is polled any more, and the sealed password is gone. Messages already imported stay. */
export async function removeMailbox(db: Db, { portalId, by, now }: { portalId: number; by: string; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const stored = await getPortalMailbox(tx, { portalId });
    if (!stored || !(await deletePortalMailbox(tx, { portalId }))) throw new DomainError("mailbox_not_found");
    await recordStaffEvent(tx, { userId: by, type: "mailbox_removed", data: { host: stored.host, username: stored.username, folder: stored.folder }, portalIds: [portalId], at: now });
  });
}

export type ConnectionTest = { ok: true; flag: MailboxFlag; messages: number } | { ok: false; failure: ImapFailure };

/**
 * Tries the settings as typed (a blank password: the stored one), without
 * saving anything: logs in, opens the folder, and says how imported messages
 * would be marked there. A failure says which step failed and the server's words.
 */
export async function testMailboxConnection(db: Executor, { portalId, settings, authSecret }: { portalId: number; settings: MailboxSettingsInput; authSecret: string }): Promise<ConnectionTest> {
  const password = passwordFor(settings.password, await getPortalMailbox(db, { portalId }), authSecret);
  const imap: ImapSettings = { ...settings, password };
  const session = await withImapFolder(imap, async (_client, folder) => ({ flag: importedFlag(folder.permanentFlags), messages: folder.exists }));
  return session.ok ? { ok: true, ...session.value } : session;
}
