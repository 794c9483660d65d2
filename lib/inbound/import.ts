import "server-only";
import { withTransaction, type Db } from "@/db/client";
import { inboundMessageExists, insertInboundMessage } from "@/db/queries/inbound";
import { getPortalById } from "@/db/queries/portals";
import type { DsrRequest, InboundAuth, InboundOutcome } from "@/db/schema";
import { now as clockNow } from "../clock";
import { env } from "../env";
import { kickMailWorker } from "../mail/worker";
import { hit } from "../rate-limit";
import { recordEmailedReply } from "./answer";
import { authenticateSender, type Resolver } from "./authenticate";
import { classifyRequestType } from "./classify";
import { guardReason, type GuardReason } from "./guards";
import { guessLanguage } from "./language";
import { PER_SENDER } from "./limits";
import { openEmailedRequest } from "./open-request";
import { readMessage } from "./parse";
import { receivedAt as arrival } from "./received-at";
import { repliedRequest } from "./thread";

/** What became of one raw message handed to the inbound path. */
export type InboundResult =
  | { reference: string; status: string }
  | { answered: string }
  | { ignored: string };

export type InboundMessage = {
  portalId: number;
  raw: Buffer;
  /** The mail server's own arrival time (IMAP INTERNALDATE), which bounds the Date header. */
  internalDate?: Date;
};

export interface ImportOptions {
  /** DNS for SPF, DKIM and DMARC (default: the system's); tests serve their own records. */
  resolver?: Resolver;
  now?: Date;
  appUrl?: string;
  /** Asked for a mail round once something was queued (default: the in-process worker). */
  kick?: () => void;
}

/** Why a message was recorded and left alone, beyond the guards' reasons (lib/inbound/guards.ts). */
export type IgnoredReason = "duplicate" | "oversized" | "no_sender" | "rate_limited" | GuardReason;

/**
 * Imports one raw message for a portal: the single path for the IMAP poller and the
 * `inbound:import` CLI. Idempotent by Message-ID per portal, so a message seen twice
 * (a crash before the IMAP flag, a re-import) yields `{ ignored: "duplicate" }`.
 *
 * In order: an oversized message is recorded unread; machine mail (auto-replies,
 * bounces, lists, our own) is recorded and ignored; a sender past the hourly
 * limit is recorded and ignored; a reply of a request's requester (by the
 * plus-address token, or by the References chain from a proved sender) is
 * recorded as their answer; anything else becomes a request waiting for triage. Nothing ignored gets a reply.
 */
export async function importInboundMessage(db: Db, message: InboundMessage, options: ImportOptions = {}): Promise<InboundResult> {
  const now = options.now ?? clockNow();
  const appUrl = options.appUrl ?? env().APP_URL;
  const host = new URL(appUrl).hostname;
  const portal = await getPortalById(db, { id: message.portalId });
  if (!portal) throw new Error(`no portal with id ${message.portalId}`);
  const read = await readMessage(message.raw);
  if (await inboundMessageExists(db, { portalId: portal.id, messageId: read.messageId })) return { ignored: "duplicate" };

  const receivedAt = arrival({ date: read.date, internalDate: message.internalDate, now });
  const row = (outcome: InboundOutcome, extra: { reason?: IgnoredReason; requestId?: number; suggestedType?: ReturnType<typeof classifyRequestType>; auth?: InboundAuth } = {}) => ({
    portalId: portal.id,
    messageId: read.messageId,
    fromAddress: read.from?.address ?? null,
    subject: read.subject || null,
    receivedAt,
    size: message.raw.length,
    outcome,
    reason: extra.reason ?? null,
    requestId: extra.requestId ?? null,
    suggestedType: extra.suggestedType ?? null,
    auth: extra.auth ?? null,
    createdAt: now,
  });
  const ignore = async (reason: IgnoredReason): Promise<InboundResult> => {
    const recorded = await withTransaction(db, (tx) => insertInboundMessage(tx, row("ignored", { reason })));
    return { ignored: recorded ? reason : "duplicate" };
  };

  if (read.oversized) return ignore("oversized");
  const guarded = guardReason(read.header, { host });
  if (guarded) return ignore(guarded);
  const from = read.from;
  if (!from) return ignore("no_sender");
  if (!(await hit(db, `inbound:${portal.id}:${from.address}`, PER_SENDER, now)).ok) return ignore("rate_limited");

  const replied = await repliedRequest(db, { portalId: portal.id, from: from.address, recipients: read.recipients, references: read.references, host });
  const answer = (request: DsrRequest) =>
    withTransaction(db, async (tx): Promise<InboundResult> => {
      if (!(await insertInboundMessage(tx, row("answer", { requestId: request.id })))) return { ignored: "duplicate" };
      await recordEmailedReply(db, { request, message: read, now });
      return { answered: request.reference };
    });
  if (replied?.by === "token") return answer(replied.request);

  const auth = await authenticateSender(message.raw, { fromAddress: from.address, resolver: options.resolver, mta: host });
  // A From line is easily forged and our Message-IDs count up, so a reply found by its
  // References alone joins the request (and may resume its clock) only from a proved sender.
  // Any other becomes an emailed request of its own: its sender is asked to confirm it, and
  // staff read it at triage.
  if (replied && auth.proved) return answer(replied.request);
  const suggestedType = classifyRequestType(read, portal.requestTypes.filter((t) => t !== "appeal"));
  const type = suggestedType ?? portal.requestTypes.find((t) => t !== "appeal") ?? "access";
  const language = guessLanguage(`${read.subject}\n${read.text}`, { offered: portal.languages, fallback: portal.defaultLanguage });
  return kicked(
    await withTransaction(db, async (tx): Promise<InboundResult> => {
      const inbound = await insertInboundMessage(tx, row("request", { suggestedType, auth }));
      if (!inbound) return { ignored: "duplicate" };
      const request = await openEmailedRequest(tx, { portal, message: { ...read, from }, inboundId: inbound.id, receivedAt, type, suggestedType, language, auth, now, appUrl });
      return { reference: request.reference, status: request.status };
    }),
    options,
  );
}

/** A new request queued mail (an acknowledgement or a verification link): the worker is asked to send it once committed. */
function kicked(result: InboundResult, options: ImportOptions): InboundResult {
  if ("reference" in result) (options.kick ?? kickMailWorker)();
  return result;
}
