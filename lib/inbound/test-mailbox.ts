import { randomUUID } from "node:crypto";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll } from "vitest";
import { startImapServer, type ImapServer } from "../../test/imap-server";

/** Test helpers over a real IMAP server (test/imap-server.ts): a folder of each test's own, messages appended over IMAP. */

/** One Dovecot for the test file, started before its tests and stopped after them; each test uses folders of its own. */
export function imapServerPerFile(): () => ImapServer {
  let server: ImapServer | undefined;
  beforeAll(async () => {
    server = await startImapServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => server!;
}

export function imapClient(server: ImapServer): ImapFlow {
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
  client.on("error", () => undefined);
  return client;
}

/** A new, empty folder on the server. */
export async function newFolder(server: ImapServer): Promise<string> {
  const name = `t-${randomUUID().slice(0, 8)}`;
  const client = imapClient(server);
  await client.connect();
  await client.mailboxCreate(name);
  await client.logout();
  return name;
}

export function rawMessage({ id, from = "Ann Example <ann@example.com>", to = "privacy@deepen.uz", subject = "Delete my account", body = "Please delete my account and all my data." }: { id: string; from?: string; to?: string; subject?: string; body?: string }): string {
  return [`Message-ID: <${id}>`, `From: ${from}`, `To: ${to}`, `Subject: ${subject}`, "Date: Sun, 29 Nov 2026 09:00:00 +0000", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\r\n");
}

/** Appends messages to `folder`, as a mail server delivering them would. */
export async function deliver(server: ImapServer, folder: string, ...messages: string[]): Promise<void> {
  const client = imapClient(server);
  await client.connect();
  for (const message of messages) await client.append(folder, message, [], new Date("2026-11-29T09:01:00Z"));
  await client.logout();
}

/** Each message's Message-ID and stored flags (not the session-only \Recent), in UID order. */
export async function flagsIn(server: ImapServer, folder: string): Promise<{ messageId: string; flags: string[] }[]> {
  const client = imapClient(server);
  await client.connect();
  await client.mailboxOpen(folder);
  const found: { messageId: string; flags: string[] }[] = [];
  for await (const m of client.fetch("1:*", { envelope: true, flags: true }, { uid: true })) found.push({ messageId: m.envelope?.messageId ?? "", flags: [...(m.flags ?? [])].filter((f) => f !== "\\Recent").sort() });
  await client.logout();
  return found;
}
