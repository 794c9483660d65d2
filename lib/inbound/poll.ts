import "server-only";
import type { ImapFlow } from "imapflow";
import { withTransaction, type Db } from "../../db/client";
import { listEnabledMailboxes, recordMailboxPoll } from "../../db/queries/portal-mailboxes";
import type { MailboxFlag, PortalMailbox } from "../../db/schema";
import { env } from "../env";
import { openSecret } from "../security/sealed-secret";
import type { ImapFailure } from "./imap-failure";
import { importedFlag, IMPORTED_KEYWORD, withImapFolder } from "./imap-folder";
import { importInboundMessage, type InboundMessage, type InboundResult } from "./import";

/** The one door for a raw message: importInboundMessage, or in tests of the IMAP side a recorder of our own. */
export type Importer = (db: Db, message: InboundMessage) => Promise<InboundResult>;

/** Per mailbox and run, so a flood is taken a minute at a time and never holds the scheduler's lease for long. */
export const MAX_MESSAGES_PER_POLL = 200;

export interface PollCounts {
  /** Messages that became requests. */
  imported: number;
  /** Replies recorded as a request's answer. */
  answered: number;
  /** Messages the importer recorded but made nothing of (duplicates, auto-replies, lists…). */
  ignored: number;
  /** Messages the importer threw on: left unmarked, so the next poll tries them again. */
  failed: number;
  /** Unmarked messages left for the next run beyond the per-poll bound. */
  remaining: number;
  flag: MailboxFlag;
}

export type PollOutcome = ({ ok: true } & PollCounts) | { ok: false; failure: ImapFailure };

interface PollOptions {
  now: Date;
  authSecret: string;
  importer?: Importer;
  limit?: number;
}

/**
 * Imports a mailbox's new messages: those without the imported keyword (or
 * unseen, where the folder keeps no keywords), oldest first, at most `limit`.
 * Each is marked on the server only after its import committed, so a crash
 * between the two leaves it unmarked: the next poll imports it again and the
 * importer's Message-ID check makes that a harmless duplicate. Nothing is
 * deleted or moved. The outcome is recorded on the mailbox's row.
 */
export async function pollMailbox(db: Db, mailbox: PortalMailbox, { now, authSecret, importer = importInboundMessage, limit = MAX_MESSAGES_PER_POLL }: PollOptions): Promise<PollOutcome> {
  const { outcome, failure } = await readMailbox(db, mailbox, { authSecret, importer, limit });
  await withTransaction(db, (tx) =>
    recordMailboxPoll(tx, { id: mailbox.id, lastPollAt: now, lastError: failure?.reason ?? null, lastErrorDetail: failure?.detail ?? null, ...(outcome.ok ? { flaggedWith: outcome.flag } : {}) }),
  );
  return outcome;
}

type Tally = PollCounts & { firstError?: string };

async function readMailbox(db: Db, mailbox: PortalMailbox, { authSecret, importer, limit }: Required<Omit<PollOptions, "now">>): Promise<{ outcome: PollOutcome; failure?: ImapFailure }> {
  let password: string;
  try {
    password = openSecret(mailbox.password, authSecret, "mailbox passwords");
  } catch {
    const failure: ImapFailure = { reason: "password_unreadable", detail: "" };
    return { outcome: { ok: false, failure }, failure };
  }
  const session = await withImapFolder({ ...mailbox, password }, async (client, folder) => {
    const flag = importedFlag(folder.permanentFlags);
    const unmarked = (await client.search(flag === "keyword" ? { unKeyword: IMPORTED_KEYWORD } : { seen: false }, { uid: true })) || [];
    const uids = [...unmarked].sort((a, b) => a - b);
    const tally: Tally = { imported: 0, answered: 0, ignored: 0, failed: 0, remaining: Math.max(0, uids.length - limit), flag };
    for (const uid of uids.slice(0, limit)) await importOne(db, client, { portalId: mailbox.portalId, uid, flag, importer, tally });
    return tally;
  });
  if (!session.ok) return { outcome: session, failure: session.failure };
  const { firstError, ...counts } = session.value;
  // The mailbox was read, but some messages could not be imported: recorded, so the admin sees it.
  const failure: ImapFailure | undefined = counts.failed > 0 ? { reason: "import", detail: (firstError ?? "").slice(0, 500) } : undefined;
  return { outcome: { ok: true, ...counts }, failure };
}

async function importOne(db: Db, client: ImapFlow, { portalId, uid, flag, importer, tally }: { portalId: number; uid: number; flag: MailboxFlag; importer: Importer; tally: Tally }): Promise<void> {
  const message = await client.fetchOne(String(uid), { source: true, internalDate: true }, { uid: true });
  // Gone since the search (expunged by someone else): nothing to import.
  if (!message || !message.source) return;
  let result: InboundResult;
  try {
    result = await importer(db, { portalId, raw: message.source, internalDate: message.internalDate === undefined ? undefined : new Date(message.internalDate) });
  } catch (e) {
    tally.failed++;
    tally.firstError ??= `UID ${uid}: ${e instanceof Error ? e.message : String(e)}`;
    return;
  }
  await client.messageFlagsAdd(String(uid), [flag === "keyword" ? IMPORTED_KEYWORD : "\\Seen"], { uid: true });
  if ("reference" in result) tally.imported++;
  else if ("answered" in result) tally.answered++;
  else tally.ignored++;
}

/**
 * The scheduler's sweep: polls every enabled mailbox in turn, under the
 * scheduler's lease. One mailbox's failure is recorded on its row and the
 * others are still polled.
 */
export async function sweepInboundMailboxes(db: Db, { now }: { now: Date }, { importer, authSecret }: { importer?: Importer; authSecret?: string } = {}): Promise<Record<string, number>> {
  const mailboxes = await listEnabledMailboxes(db);
  const totals = { mailboxes: mailboxes.length, failing: 0, imported: 0, answered: 0, ignored: 0, failed: 0 };
  if (mailboxes.length === 0) return totals;
  const secret = authSecret ?? env().AUTH_SECRET;
  for (const mailbox of mailboxes) {
    const outcome = await pollMailbox(db, mailbox, { now, authSecret: secret, importer }).catch((e: unknown): PollOutcome => {
      console.error(`[inbound] polling the mailbox of portal ${mailbox.portalId} failed:`, e);
      return { ok: false, failure: { reason: "other", detail: "" } };
    });
    if (!outcome.ok || outcome.failed > 0) totals.failing++;
    if (!outcome.ok) continue;
    totals.imported += outcome.imported;
    totals.answered += outcome.answered;
    totals.ignored += outcome.ignored;
    totals.failed += outcome.failed;
  }
  return totals;
}
