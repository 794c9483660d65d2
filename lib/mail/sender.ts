import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { claimNextMessage, deleteOutboxMessage, recordOutcome } from "../../db/queries/outbox";
import type { NewOutboxMessage, OutboxMessage } from "../../db/schema";
import { staffSignInEmail } from "../../emails/staff-sign-in";
import { now as clockNow } from "../clock";
import { env } from "../env";
import { OWN_HEADER, outboxMessageId } from "../inbound/guards";
import { retryDelayMs } from "./backoff";
import type { MailTransport } from "./transport";

/** How long a claim keeps other senders off a message; a crashed sender's claim lapses after it. */
const CLAIM_MS = 2 * 60 * 1000;
/**
 * A round stops claiming after this much real time, so every send it starts
 * (bounded by the transport's timeouts) ends well inside its claim.
 */
const ROUND_BUDGET_MS = CLAIM_MS / 2;

export interface DrainOptions {
  db: Db;
  now: Date;
  /** Absent or null: embedded mode, where messages are marked logged and printed instead of sent. */
  transport?: MailTransport | null;
  /** At most this many messages per call. */
  limit?: number;
  /** Defaults from env(): MAIL_FROM, MAIL_MAX_ATTEMPTS, and APP_URL's host for Message-IDs. */
  from?: string;
  maxAttempts?: number;
  appUrl?: string;
  /** Where embedded mode prints; the server console by default. */
  log?: (block: string) => void;
  /** Embedded mode in production prints no staff sign-in links; defaults to NODE_ENV === "production". */
  production?: boolean;
}

export interface DrainResult {
  sent: number;
  failed: number;
  logged: number;
  retried: number;
  /** Messages put back untouched because the SMTP server could not be reached. */
  deferred: number;
}

/**
 * Errors that say the server is unreachable, not that this message is bad.
 * An outage stops the round and costs no message an attempt: an hour-long
 * outage must not use up every message's retries and fail them all.
 */
const UNREACHABLE = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EDNS", "ENOTFOUND"]);

function serverUnreachable(e: unknown): boolean {
  const { code, command } = (e ?? {}) as { code?: string; command?: string };
  return command === "CONN" || (code !== undefined && UNREACHABLE.has(code));
}

/**
 * Messages in flight at once within a round. Each is still claimed on its own,
 * and the claims are taken one after another, so messages leave oldest first;
 * several in flight let the sender's claims and records keep pace with intake's
 * transactions, which it waits behind for the database.
 */
const IN_FLIGHT = 4;

type Outcome = keyof DrainResult;

/**
 * Sends the due messages of the outbox, oldest first. Each is claimed before
 * it is sent, so concurrent drains never send a message twice; each outcome is
 * recorded, so a crash or an outage loses nothing. While the server is
 * unreachable, messages wait in order; a message the server refuses is retried
 * with backoff, and fails after MAIL_MAX_ATTEMPTS. A round sends its first
 * message alone, and only once it went through sends up to IN_FLIGHT at a time:
 * an unreachable server costs a round one deferred message, as it always did.
 */
export async function drainOutbox({ db, now, transport, limit = 50, log = console.info, production = process.env.NODE_ENV === "production", ...settings }: DrainOptions): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, failed: 0, logged: 0, retried: 0, deferred: 0 };
  // Real time (the clock's), not the simulated `now`: the budget bounds how long this round runs.
  const stopClaimingAt = clockNow().getTime() + ROUND_BUDGET_MS;
  let claimed = 0;
  let done = false;
  let claims: Promise<unknown> = Promise.resolve();
  /** The next message, once the claim before it has been taken; undefined when the round is over. */
  const claim = (): Promise<OutboxMessage | undefined> => {
    const next = claims.then(async () => {
      if (done || claimed >= limit || clockNow().getTime() >= stopClaimingAt) return undefined;
      claimed++;
      const message = await claimNext(db, now);
      if (!message) done = true;
      return message;
    });
    claims = next.catch(() => undefined);
    return next;
  };
  const deliver = (message: OutboxMessage): Promise<Outcome> => (transport ? send(db, message, now, transport, settings) : logOnly(db, message, log, production));

  // The first lane opens the others once its first message went through.
  let others: Promise<unknown> | undefined;
  const lane = async (first: boolean) => {
    for (let message = await claim(); message; message = await claim()) {
      const outcome = await deliver(message);
      result[outcome]++;
      if (outcome === "deferred") {
        done = true;
        return;
      }
      if (first) others ??= Promise.all(Array.from({ length: IN_FLIGHT - 1 }, () => lane(false)));
    }
  };
  try {
    await lane(true);
  } catch (e) {
    done = true;
    await others?.catch(() => undefined);
    throw e;
  }
  await others;
  return result;
}

/** Embedded mode: marks the message logged and prints it. */
async function logOnly(db: Db, message: OutboxMessage, log: (block: string) => void, production: boolean): Promise<Outcome> {
  await delivered(db, message, { status: "logged", lockedUntil: null });
  log(consoleBlock(message, production));
  return "logged";
}

/** Sends one claimed message and records what became of it. */
async function send(db: Db, message: OutboxMessage, now: Date, transport: MailTransport, settings: Pick<DrainOptions, "from" | "maxAttempts" | "appUrl">): Promise<Outcome> {
  const { from = env().MAIL_FROM, maxAttempts = env().MAIL_MAX_ATTEMPTS, appUrl = env().APP_URL } = settings;
  const attempts = message.attempts + 1;
  try {
    const thread = message.thread ?? {};
    await transport.sendMail({
      from: thread.from ?? from,
      replyTo: thread.replyTo,
      inReplyTo: thread.inReplyTo,
      references: thread.references,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // The same ID on every attempt: if a send went through but the sender crashed
      // before recording it, the receiving side can recognise the retry as a duplicate.
      messageId: outboxMessageId(message.id, new URL(appUrl).hostname),
      // Marked as machine-sent (RFC 3834), so auto-responders stay quiet; and as ours, so a
      // copy that comes back into a portal's mailbox is recognised (lib/inbound/guards.ts).
      headers: { "Auto-Submitted": "auto-generated", [OWN_HEADER]: String(message.id) },
    });
    await delivered(db, message, { status: "sent", attempts, sentAt: now, lockedUntil: null }, { ok: true, at: now });
    return "sent";
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    if (serverUnreachable(e)) {
      await finish(db, message.id, { status: "pending", lastError: error, lockedUntil: null }, { ok: false, at: now, error });
      return "deferred";
    }
    if (attempts >= maxAttempts) {
      await finish(db, message.id, { status: "failed", attempts, lastError: error, lockedUntil: null }, { ok: false, at: now, error });
      return "failed";
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts));
    await finish(db, message.id, { status: "pending", attempts, lastError: error, lockedUntil: null, nextAttemptAt }, { ok: false, at: now, error });
    return "retried";
  }
}

/**
 * Claims the oldest due message: pending and due, or still "sending" under a
 * lapsed claim (its sender crashed mid-send). Its own short transaction, so
 * of two senders racing for a message exactly one gets it, and no transaction
 * stays open while the message is sent.
 */
function claimNext(db: Db, now: Date): Promise<OutboxMessage | undefined> {
  return withTransaction(db, (tx) => claimNextMessage(tx, { now, lockedUntil: new Date(now.getTime() + CLAIM_MS) }));
}

/** Records a message's outcome, and the attempt if one was made, together. */
function finish(db: Db, id: number, set: Partial<NewOutboxMessage>, attempt?: { ok: boolean; at: Date; error?: string }): Promise<void> {
  return withTransaction(db, (tx) => recordOutcome(tx, { id, set, attempt }));
}

/**
 * Records a delivery (or, in embedded mode, the console print) and drops what
 * the audit does not need: the body, whose verification, status and download
 * links would otherwise stay readable in the table for years. Recipient,
 * subject, template and times stay. A staff sign-in email leaves no row.
 * Messages not yet delivered, failed ones included, keep their body: it is
 * what the sender, or an admin's resend, delivers.
 */
async function delivered(db: Db, message: OutboxMessage, set: Partial<NewOutboxMessage>, attempt?: { ok: boolean; at: Date; error?: string }): Promise<void> {
  if (message.template === staffSignInEmail.name) await withTransaction(db, (tx) => deleteOutboxMessage(tx, { id: message.id }));
  else await finish(db, message.id, { ...set, text: "", html: "" }, attempt);
}

/**
 * Embedded mode's stand-in for delivery: enough on the console to follow the
 * links by hand (the quick start's requester links). A staff sign-in link is
 * a key to the workspace, and a production console is read by more people
 * than the member, so there it is left out: staff sign in with a password.
 */
function consoleBlock(message: OutboxMessage, production: boolean): string {
  const header = `[mail] not sent (SMTP_URL unset): "${message.subject}" to ${message.to}`;
  if (production && message.template === staffSignInEmail.name) return `${header}\n[mail]   (staff sign-in link not printed in production: set SMTP_URL, or sign in with a password)`;
  const links = [...new Set(message.text.match(/https?:\/\/\S+/g) ?? [])];
  return [header, ...links.map((link) => `[mail]   ${link}`)].join("\n");
}
