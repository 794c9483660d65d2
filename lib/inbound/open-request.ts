import "server-only";
import type { Tx } from "../../db/client";
import { insertInboundAttachments } from "../../db/queries/inbound";
import { createRequest } from "../../db/queries/requests";
import type { DsrRequest, InboundAuth, Portal } from "../../db/schema";
import { inboundVerificationEmail } from "../../emails";
import { DeadlineInputError, type RequestType } from "../deadlines";
import type { Language } from "../i18n/languages";
import { deadlineColumns } from "../cases/shared";
import { computeRequestDeadline, deadlinePolicy } from "../requests/deadline";
import { flagPossibleDuplicate } from "../requests/duplicates";
import { acknowledgeRequest, emailFirstVerificationLink, recordRequestEvent } from "../requests/kit";
import { VERIFICATION_REMINDER_AFTER_MS } from "../requests/submit";
import { queueRequestWebhook } from "../webhooks/request-events";
import type { ReadMessage } from "./parse";
import { newReplyToken } from "./reply-address";

export interface EmailedRequest {
  portal: Portal;
  message: ReadMessage & { from: NonNullable<ReadMessage["from"]> };
  inboundId: number;
  receivedAt: Date;
  type: RequestType;
  suggestedType: RequestType | undefined;
  language: Language;
  auth: InboundAuth;
  now: Date;
  appUrl: string;
}

/**
 * A request made of an email, in the caller's transaction: it waits for
 * triage with the classifier's type, and its clock starts at the message's
 * arrival. A sender the mail's authentication proved is verified at once
 * (acknowledgement, deadline); any other gets the verification link, in the
 * language the message was written in.
 */
export async function openEmailedRequest(tx: Tx, e: EmailedRequest): Promise<DsrRequest> {
  const { portal, message, receivedAt, type, now } = e;
  const fields = {
    referencePrefix: portal.referencePrefix,
    portalId: portal.id,
    type,
    channel: "email" as const,
    email: message.from.address,
    name: message.from.name?.slice(0, 200) ?? null,
    details: [message.subject, message.text].filter(Boolean).join("\n\n") || null,
    language: e.language,
    receivedAt,
    triage: "needs_triage" as const,
    replyToken: newReplyToken(),
  };
  const submitted = { type: "submitted", actor: "requester", visible: true, data: { channel: "email", requestType: type, suggestedType: e.suggestedType ?? null, proved: e.auth.proved }, at: now };
  const opened = e.auth.proved ? await openProved(tx, e, fields, submitted) : undefined;
  const request =
    opened ??
    (await createRequest(tx, { ...fields, status: "submitted", verificationReminderAt: new Date(now.getTime() + VERIFICATION_REMINDER_AFTER_MS) }));
  if (!opened) {
    await recordRequestEvent(tx, request, submitted);
    await queueRequestWebhook(tx, { request, type: "request.submitted", now });
    await emailFirstVerificationLink(tx, { request, portal, appUrl: e.appUrl, now, template: inboundVerificationEmail });
  }
  await insertInboundAttachments(tx, message.attachments.map((a) => ({ messageId: e.inboundId, requestId: request.id, filename: a.filename, mimeType: a.mimeType, size: a.content.length, content: a.content })));
  if (message.attachmentsSkipped > 0) {
    await recordRequestEvent(tx, request, { type: "email_attachments_skipped", actor: "system", data: { count: message.attachmentsSkipped }, at: now });
  }
  return request;
}

/** The proved sender's request, opened with its deadline; undefined when the portal's law gives this type no deadline (it is then verified by link, like any other). */
async function openProved(tx: Tx, e: EmailedRequest, fields: Omit<Parameters<typeof createRequest>[1], "status">, submitted: Parameters<typeof recordRequestEvent>[2]): Promise<DsrRequest | undefined> {
  const { portal, receivedAt, type, now, auth } = e;
  // The message itself proved the address when it arrived: the clock starts then, whatever the portal's clock start.
  const policy = deadlinePolicy(portal, { type, receivedAt, verifiedAt: receivedAt });
  let deadline;
  try {
    deadline = computeRequestDeadline(policy, type);
  } catch (err) {
    if (err instanceof DeadlineInputError) return undefined;
    throw err;
  }
  const request = await createRequest(tx, {
    ...fields,
    status: "open",
    verifiedAt: now,
    identityEvidence: `Email from ${fields.email}, authenticated for ${auth.domain} (SPF ${auth.spf}, DKIM ${auth.dkim}, DMARC ${auth.dmarc})`,
    deadlinePolicy: policy,
    ...deadlineColumns(deadline, { request: { status: "open", type, extendedAt: null }, policy, reminderDays: portal.reminderDays, now }),
  });
  await recordRequestEvent(tx, request, submitted);
  await recordRequestEvent(tx, request, { type: "verified", actor: "system", visible: true, data: { dueDate: deadline.dueDate, verifiedBy: "email-authentication", domain: auth.domain }, at: now });
  await flagPossibleDuplicate(tx, { request, portal, now });
  await acknowledgeRequest(tx, { request, portal, dueDate: deadline.dueDate, appUrl: e.appUrl, now });
  await queueRequestWebhook(tx, { request, type: "request.submitted", now });
  await queueRequestWebhook(tx, { request, type: "request.verified", now });
  return request;
}
