import "server-only";
import type { Tx } from "../../db/client";
import { insertOutboxMessage } from "../../db/queries/outbox";
import type { MailThread } from "../../db/schema";
import type { EmailTemplate } from "../../emails/template";
import type { Language } from "../i18n/languages";

/**
 * Queues an email inside the caller's transaction, rendered now so the outbox
 * keeps exactly what the requester was sent. The sender delivers it later; if
 * the transaction rolls back, the email never existed. With a `dedupeKey`, a
 * second email under the same key is not queued (null is returned): reminders
 * stay exactly-once however often a sweep runs or restarts.
 *
 * The message is recorded under a portal, whose admins alone see it on the
 * outbox page: the request's portal when it has a request, else `portalId`
 * (a staff invitation, a one-portal member's digest). Mail with neither (a
 * sign-in link, a digest across portals) is shown to nobody. A `thread` (an
 * answer to an emailed request, lib/inbound/thread.ts) sets who it is from and
 * which message it answers.
 */
export async function enqueueEmail<Props>(
  tx: Tx,
  mail: { template: EmailTemplate<Props>; props: Props; to: string; language: Language; requestId?: number; portalId?: number; now: Date; dedupeKey?: string; thread?: MailThread },
): Promise<number | null> {
  const { subject, text, html } = mail.template.render(mail.props, mail.language);
  const { requestId, portalId, now, dedupeKey, to, language, thread } = mail;
  return insertOutboxMessage(tx, { template: mail.template.name, language, to, subject, text, html, requestId, portalId, now, dedupeKey, thread });
}
