import "server-only";
import { ImapFlow, type MailboxObject } from "imapflow";
import type { MailboxFlag } from "../../db/schema";
import { imapFailure, type ImapFailure, type ImapPhase } from "./imap-failure";

/** Where and how to reach a mailbox, with its password in clear: only in memory, for one session. */
export interface ImapSettings {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
  folder: string;
}

/** The keyword that marks a message as imported, so no later poll, after a restart or on another instance, imports it again. */
export const IMPORTED_KEYWORD = "$RightsdeskImported";

/**
 * Bounds every wait on the server, so a silent host cannot hold the
 * scheduler's lease (5 minutes) for long: connecting and the greeting, then
 * any single command.
 */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * How imported messages are marked in this folder: the keyword where the
 * server stores keywords (`\*` in PERMANENTFLAGS, or the keyword itself; a
 * server that sends no PERMANENTFLAGS stores every flag, RFC 3501 §7.1), else
 * \Seen, which every server stores (but which a person reading the mailbox
 * also sets, so the settings page says which is in use).
 */
export function importedFlag(permanentFlags: Set<string> | undefined): MailboxFlag {
  if (!permanentFlags || permanentFlags.has("\\*") || permanentFlags.has(IMPORTED_KEYWORD)) return "keyword";
  return "seen";
}

export type FolderSession<T> = { ok: true; value: T } | { ok: false; failure: ImapFailure };

/**
 * Connects, logs in, opens the folder and runs `work` on it; always logs out
 * or drops the connection. Any failure comes back as an ImapFailure (which
 * step failed decides whether a NO means a missing folder), never thrown.
 */
export async function withImapFolder<T>(settings: ImapSettings, work: (client: ImapFlow, folder: MailboxObject) => Promise<T>): Promise<FolderSession<T>> {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.tls,
    auth: { user: settings.username, pass: settings.password },
    logger: false,
    ...TIMEOUTS,
  });
  // The client also emits socket errors as events; unheard, an 'error' event would crash the process.
  client.on("error", () => undefined);
  let phase: ImapPhase = "connect";
  try {
    await client.connect();
    phase = "folder";
    const folder = await client.mailboxOpen(settings.folder);
    phase = "session";
    const value = await work(client, folder);
    // The work is done (and each mark stored): a server that drops the line at LOGOUT changes nothing.
    await client.logout().catch(() => client.close());
    return { ok: true, value };
  } catch (e) {
    client.close();
    return { ok: false, failure: imapFailure(e, phase) };
  }
}
