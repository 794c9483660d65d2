import "server-only";
import type { Executor } from "../../db/client";
import { findOpeningMessageId, findRequestByReplyToken, findRequestIdsByMessageIds, findRequestIdsByOutboxIds, getPortalInboundAddress } from "../../db/queries/inbound";
import { getRequestById } from "../../db/queries/requests";
import type { DsrRequest, MailThread } from "../../db/schema";
import { outboxIdOf } from "./guards";
import { replyAddress, replyTokenIn } from "./reply-address";

/**
 * How an email to an emailed request's requester joins their thread: from the
 * portal's mailbox address with a Reply-To carrying the request's reply token,
 * answering the message they sent (In-Reply-To, References). Without a
 * configured address, the References alone; for other channels, nothing.
 */
export async function requestThread(db: Executor, request: Pick<DsrRequest, "id" | "portalId" | "channel" | "replyToken">): Promise<MailThread | undefined> {
  if (request.channel !== "email") return undefined;
  const [opening, address] = await Promise.all([findOpeningMessageId(db, { requestId: request.id }), getPortalInboundAddress(db, { portalId: request.portalId })]);
  const thread: MailThread = opening ? { inReplyTo: opening, references: [opening] } : {};
  if (address) {
    thread.from = address;
    if (request.replyToken) thread.replyTo = replyAddress(address, request.replyToken);
  }
  return Object.keys(thread).length > 0 ? thread : undefined;
}

/**
 * The request an incoming message replies to: the one its plus-address token
 * names, else one its In-Reply-To/References point at (a message that opened or
 * answered it, or one of our own emails about it). Only from the request's own
 * requester: the token and our Message-IDs travel in mail others can see. `by`
 * says which: the token is a secret only the requester's mailbox received, while
 * our Message-IDs count up and can be cited by anyone (see importInboundMessage).
 */
export async function repliedRequest(
  db: Executor,
  { portalId, from, recipients, references, host }: { portalId: number; from: string; recipients: string[]; references: string[]; host: string },
): Promise<{ request: DsrRequest; by: "token" | "references" } | undefined> {
  const token = replyTokenIn(recipients);
  const byToken = token ? await findRequestByReplyToken(db, { portalId, token }) : undefined;
  const candidates = byToken
    ? [byToken.id]
    : [
        ...(await findRequestIdsByMessageIds(db, { portalId, messageIds: references })),
        ...(await findRequestIdsByOutboxIds(db, { portalId, ids: references.map((id) => outboxIdOf(id, host)).filter((id) => id !== undefined) })),
      ];
  for (const id of candidates) {
    const request = id === byToken?.id ? byToken : await getRequestById(db, { id });
    if (request && request.email.toLowerCase() === from.toLowerCase()) return { request, by: request === byToken ? "token" : "references" };
  }
  return undefined;
}
