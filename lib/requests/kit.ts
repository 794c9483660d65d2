import "server-only";
import type { Tx } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { getRequestAgent } from "../../db/queries/request-agents";
import { insertToken, revokeTokens } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import { acknowledgementEmail, verificationEmail, type VerificationProps } from "../../emails";
import type { EmailTemplate } from "../../emails/template";
import { messages } from "../i18n/catalogue";
import { enqueueEmail } from "../mail/outbox";
import { requestThread } from "../inbound/thread";
import { newToken, STATUS_TOKEN_TTL_MS, VERIFY_TOKEN_TTL_MS } from "../verification";
import { statusUrl, verifyUrl } from "./links";

/**
 * The request kit: what every path that touches a request on the requester's
 * side does, written once and used by the requester's own actions (form, API,
 * verification, appeal) and by staff (intake, case work, sweeps) alike. Each
 * runs inside the caller's transaction. A request itself comes to exist through
 * `createRequest` in db/queries/requests.ts.
 */

type RequestRef = Pick<DsrRequest, "id" | "portalId">;
type PortalRef = Pick<Portal, "slug">;

/** Records an entry in the request's audit trail; `visible` entries show on the requester's status page. */
export async function recordRequestEvent(
  tx: Tx,
  request: RequestRef,
  { type, actor, data = {}, visible = false, at }: { type: string; actor: string; data?: Record<string, unknown>; visible?: boolean; at: Date },
): Promise<void> {
  await appendEvent(tx, { portalId: request.portalId, requestId: request.id, type, actor, public: visible, data, at });
}

/** Whom a request's emails go to; with its portal, channel and reply token, an emailed request's emails join the requester's thread. */
type Recipient = Pick<DsrRequest, "id" | "email" | "language"> & Partial<Pick<DsrRequest, "portalId" | "channel" | "replyToken">>;

/**
 * Queues an email to the request's requester, in their language, filed under
 * the request; one to a requester who wrote by email answers their message.
 */
export async function emailRequester<Props>(
  tx: Tx,
  request: Recipient,
  { template, props, now }: { template: EmailTemplate<Props>; props: Props; now: Date },
): Promise<void> {
  const { portalId, channel } = request;
  const thread = channel === "email" && portalId !== undefined ? await requestThread(tx, { id: request.id, portalId, channel, replyToken: request.replyToken ?? null }) : undefined;
  await enqueueEmail(tx, { template, props, to: request.email, language: request.language, requestId: request.id, now, thread });
}

/**
 * A fresh status link for an email that points to the status page: only its
 * hash is stored, so an old link can never be sent again. The raw token is
 * returned too, for the page the requester lands on after verifying.
 */
export async function issueStatusLink(tx: Tx, { request, portal, appUrl, now }: { request: RequestRef; portal: PortalRef; appUrl: string; now: Date }): Promise<{ token: string; url: string }> {
  const { token, hash } = newToken();
  await insertToken(tx, { requestId: request.id, purpose: "status", hash, expiresAt: new Date(now.getTime() + STATUS_TOKEN_TTL_MS) });
  return { token, url: statusUrl(appUrl, portal.slug, token) };
}

/**
 * The acknowledgement of an opened request: its reference, type and due date
 * and a status link, worded by the channel it came through (only web and API
 * requesters who confirmed their address are thanked for it; one whose request an
 * agent filed there, for confirming the agent's permission; one the operator's
 * service vouched for, for nothing: `vouched`). Returns the status link's token.
 */
export async function acknowledgeRequest(
  tx: Tx,
  { request, portal, dueDate, appUrl, now, vouched = false }: { request: DsrRequest; portal: Portal; dueDate: string; appUrl: string; now: Date; vouched?: boolean },
): Promise<string> {
  const link = await issueStatusLink(tx, { request, portal, appUrl, now });
  await emailRequester(tx, request, {
    template: acknowledgementEmail,
    props: {
      portalName: portal.name,
      contactEmail: portal.contactEmail,
      reference: request.reference,
      requestTypeLabel: messages(request.language).requestTypes[request.type].label,
      dueDate,
      statusUrl: link.url,
      channel: request.channel,
      byWebAgent: request.channel === "web" && (await getRequestAgent(tx, { requestId: request.id })) !== undefined,
      vouched,
    },
    now,
  });
  return link.token;
}

type VerificationLinkMail = {
  request: Recipient;
  portal: Pick<Portal, "slug" | "name" | "contactEmail">;
  appUrl: string;
  now: Date;
  template?: EmailTemplate<VerificationProps>;
};

/**
 * Emails a verification link for an unverified request: earlier unused links
 * stop working, the new one lives VERIFY_TOKEN_TTL_MS. Every resend or
 * reminder (`template`) goes through here.
 */
export async function emailVerificationLink(tx: Tx, mail: VerificationLinkMail): Promise<void> {
  await revokeTokens(tx, { requestId: mail.request.id, purpose: "verify", now: mail.now });
  await emailFirstVerificationLink(tx, mail);
}

/**
 * The first verification email, for a request created in `tx`: it has no
 * earlier links to revoke, so intake saves the statement that would look.
 */
export async function emailFirstVerificationLink(tx: Tx, { request, portal, appUrl, now, template = verificationEmail }: VerificationLinkMail): Promise<void> {
  const { token, hash } = newToken();
  await insertToken(tx, { requestId: request.id, purpose: "verify", hash, expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_MS) });
  await emailRequester(tx, request, {
    template,
    props: { portalName: portal.name, contactEmail: portal.contactEmail, verifyUrl: verifyUrl(appUrl, portal.slug, token), expiresInHours: VERIFY_TOKEN_TTL_MS / 3_600_000 },
    now,
  });
}
