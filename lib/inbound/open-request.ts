import "server-only";
import type { Tx } from "../../db/client";
import { insertInboundAttachments, setInboundRequest } from "../../db/queries/inbound";
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
  const { portal, message, receivedAt, type, auth, now, appUrl } = e;
  const proved = auth.proved ? provedDeadline(e) : undefined;
  const request = await createRequest(tx, {
    referencePrefix: portal.referencePrefix,
    portalId: portal.id,
    type,
    channel: "email",
    email: message.from.address,
    name: message.from.name?.slice(0, 200) ?? null,
    details: [message.subject, message.text].filter(Boolean).join("\n\n") || null,
    language: e.language,
    receivedAt,
    triage: "needs_triage",
    replyToken: newReplyToken(),
    ...(proved
      ? {
          status: "open",
          verifiedAt: now,
          identityEvidence: `Email from ${message.from.address}, authenticated for ${auth.domain} (SPF ${auth.spf}, DKIM ${auth.dkim}, DMARC ${auth.dmarc})`,
          deadlinePolicy: proved.policy,
          ...deadlineColumns(proved.deadline, { request: { status: "open", type, extendedAt: null }, policy: proved.policy, reminderDays: portal.reminderDays, now }),
        }
      : { status: "submitted", verificationReminderAt: new Date(now.getTime() + VERIFICATION_REMINDER_AFTER_MS) }),
  });
  // Linked before any email is queued: each one answers this message (lib/inbound/thread.ts).
  await setInboundRequest(tx, { id: e.inboundId, requestId: request.id });
  await recordRequestEvent(tx, request, { type: "submitted", actor: "requester", visible: true, data: { channel: "email", requestType: type, suggestedType: e.suggestedType ?? null, proved: auth.proved }, at: now });
  await queueRequestWebhook(tx, { request, type: "request.submitted", now });
  if (proved) {
    await recordRequestEvent(tx, request, { type: "verified", actor: "system", visible: true, data: { dueDate: proved.deadline.dueDate, verifiedBy: "email-authentication", domain: auth.domain }, at: now });
    await flagPossibleDuplicate(tx, { request, portal, now });
    await acknowledgeRequest(tx, { request, portal, dueDate: proved.deadline.dueDate, appUrl, now });
    await queueRequestWebhook(tx, { request, type: "request.verified", now });
  } else {
    await emailFirstVerificationLink(tx, { request, portal, appUrl, now, template: inboundVerificationEmail });
  }
  await insertInboundAttachments(tx, message.attachments.map((a) => ({ messageId: e.inboundId, requestId: request.id, filename: a.filename, mimeType: a.mimeType, size: a.content.length, content: a.content })));
  if (message.attachmentsSkipped > 0) {
    await recordRequestEvent(tx, request, { type: "email_attachments_skipped", actor: "system", data: { count: message.attachmentsSkipped }, at: now });
  }
  return request;
}

/**
 * A proved sender's deadline: the message proved the address when it arrived,
 * so the clock starts then, whatever the portal's clock start. Undefined when
 * the portal's law gives this type no deadline: the request is then verified
 * by link, like any other, and staff see why.
 */
function provedDeadline({ portal, receivedAt, type }: EmailedRequest) {
  const policy = deadlinePolicy(portal, { type, receivedAt, verifiedAt: receivedAt });
  try {
    return { policy, deadline: computeRequestDeadline(policy, type) };
  } catch (err) {
    if (err instanceof DeadlineInputError) return undefined;
    throw err;
  }
}
