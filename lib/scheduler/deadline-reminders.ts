import "server-only";
import { withTransaction, type Db, type Tx } from "../../db/client";
import { claimDeadlineReminders, listMembersOfPortals, listReminderPortals, lockDueDeadlineReminders, type DueDeadlineReminder } from "../../db/queries/deadline-reminders";
import { insertOutboxMessages } from "../../db/queries/outbox";
import { deadlineReminderEmail, extensionDecisionReminderEmail } from "../../emails";
import type { EmailTemplate } from "../../emails/template";
import type { Language } from "../i18n/languages";
import { planReminders, reminderRecipients, type PortalMember, type ReminderPlan, type ReminderSubject } from "../reminders/deadline-schedule";
import { daysLeft } from "../staff/days-left";
import { staffEmailLanguage } from "../staff/language-choice";
import type { SweepContext } from "./sweeps";
import { listEnabledWebhookEndpoints } from "../../db/queries/webhook-endpoints";
import { queueRequestWebhook } from "../webhooks/request-events";

/** Requests per transaction: a crash loses at most one batch's work, which the next run redoes. */
export const REQUESTS_PER_BATCH = 100;
/** A run stops after this many requests (the rest wait a minute), so it ends well inside the scheduler's lease. */
const MAX_PER_RUN = 5_000;

type Portal = Awaited<ReturnType<typeof listReminderPortals>>[number];
type Email = Parameters<typeof insertOutboxMessages>[1]["messages"][number];
/** A member with the language their reminders are written in. */
type Member = PortalMember & { language: Language | null };

/** What the rules read from the row; null for a request without a deadline, which is never reminded. */
function subjectOf(request: DueDeadlineReminder, portal: Portal): ReminderSubject | null {
  const { dueAt, dueDate, deadlinePolicy: policy } = request;
  if (!dueAt || !dueDate || !policy) return null;
  return { ...request, dueAt, dueDate, policy, reminderDays: portal.reminderDays };
}

const NOTHING: ReminderPlan = { deadline: null, extensionDecision: false, next: null };

/**
 * The emails a claimed request's plan owes, rendered now in each recipient's
 * language, each under a key that names the request, the reminder, the due
 * instant and the recipient.
 */
function emailsOf(request: DueDeadlineReminder, subject: ReminderSubject, plan: ReminderPlan, portal: Portal, members: readonly Member[], { now, appUrl }: SweepContext): Email[] {
  const { id } = request;
  const languages = new Map(members.map((m) => [m.userId, staffEmailLanguage(m.language)]));
  const email = <Props>(template: EmailTemplate<Props>, props: Props, to: { email: string; userId: string }, dedupeKey: string): Email => {
    const language = languages.get(to.userId) ?? "en";
    return { ...template.render(props, language), template: template.name, language, to: to.email, requestId: id, portalId: portal.id, dedupeKey };
  };
  const common = {
    portalName: portal.name,
    reference: request.reference,
    type: request.type,
    dueDate: subject.dueDate,
    requestUrl: `${appUrl}/staff/requests/${id}`,
  };
  const emails: Email[] = [];
  if (plan.deadline) {
    const { kind, overdueDays } = plan.deadline;
    const props = { ...common, daysLeft: daysLeft(subject.dueDate, now, subject.policy.timeZone), refusalBy: request.refusalBy };
    for (const r of reminderRecipients({ assigneeId: request.assigneeId, members, overdueDays })) {
      emails.push(email(deadlineReminderEmail, { ...props, why: r.why }, r, `deadline:${id}:${kind}:${subject.dueAt.toISOString()}:${r.userId}`));
    }
  }
  if (plan.extensionDecision) {
    const props = { ...common, noticeBy: subject.extensionNoticeBy! };
    for (const r of reminderRecipients({ assigneeId: request.assigneeId, members, overdueDays: 0 })) {
      emails.push(email(extensionDecisionReminderEmail, props, r, `extension-decision:${id}:${subject.extensionNoticeBy}:${r.userId}`));
    }
  }
  return emails;
}

/**
 * One batch, in one transaction: take the next due requests (locked on
 * PostgreSQL, so a second sweeper takes others), claim them all by moving
 * their stored times on with one conditional update, and queue the emails of
 * those claimed. The claims and their emails commit together or not at all;
 * the emails' keys make a re-run, a crash between batches or a second sweeper
 * harmless. Returns how many were taken, claimed and queued.
 */
async function remindBatch(tx: Tx, ctx: SweepContext): Promise<{ taken: number; claimed: number; emails: number }> {
  const due = await lockDueDeadlineReminders(tx, { now: ctx.now, limit: REQUESTS_PER_BATCH });
  if (due.length === 0) return { taken: 0, claimed: 0, emails: 0 };
  const portalIds = [...new Set(due.map((r) => r.portalId))];
  const portals = new Map((await listReminderPortals(tx, { ids: portalIds })).map((p) => [p.id, p]));
  const planned = due.map((request) => {
    const portal = portals.get(request.portalId)!;
    const subject = subjectOf(request, portal);
    return { request, portal, subject, plan: subject ? planReminders(subject, { since: request.nextReminderAt!, now: ctx.now }) : NOTHING };
  });
  const claimed = await claimDeadlineReminders(tx, planned.map(({ request, plan }) => ({ id: request.id, since: request.nextReminderAt!, next: plan.next })));
  const owed = planned.filter((p) => claimed.has(p.request.id) && (p.plan.deadline || p.plan.extensionDecision));
  if (owed.length === 0) return { taken: due.length, claimed: claimed.size, emails: 0 };

  const members = new Map<number, Member[]>();
  for (const { portalId, ...member } of await listMembersOfPortals(tx, { portalIds })) {
    const list = members.get(portalId);
    if (list) list.push(member);
    else members.set(portalId, [member]);
  }
  const emails = owed.flatMap(({ request, subject, plan, portal }) => emailsOf(request, subject!, plan, portal, members.get(portal.id) ?? [], ctx));
  const queued = await insertOutboxMessages(tx, { messages: emails, now: ctx.now });
  await announceReminders(tx, owed, ctx);
  return { taken: due.length, claimed: claimed.size, emails: queued };
}

/**
 * The webhooks of a batch's deadline reminders, once per request and reminder
 * (not per staff recipient): `request.due_soon` before and on the due day,
 * `request.overdue` on each day after it. Portals without endpoints cost one query each per batch.
 */
async function announceReminders(tx: Tx, owed: readonly { request: DueDeadlineReminder; plan: ReminderPlan; portal: Portal }[], { now }: SweepContext) {
  const withDeadline = owed.filter((o) => o.plan.deadline);
  const hooked = new Set<number>();
  for (const portalId of new Set(withDeadline.map((o) => o.portal.id))) if ((await listEnabledWebhookEndpoints(tx, { portalId })).length > 0) hooked.add(portalId);
  for (const { request, plan } of withDeadline.filter((o) => hooked.has(o.portal.id))) {
    const { kind, overdueDays } = plan.deadline!;
    await queueRequestWebhook(tx, { request, type: overdueDays > 0 ? "request.overdue" : "request.due_soon", now, extra: { reminder: kind, daysOverdue: overdueDays } });
  }
}

/**
 * The deadline-reminder sweep (STYLE.md example 9): the rules in
 * lib/reminders/deadline-schedule.ts decide, this does the I/O, in batches.
 */
export async function sweepDeadlineReminders(db: Db, ctx: SweepContext): Promise<{ claimed: number; emails: number }> {
  const counts = { claimed: 0, emails: 0 };
  for (let seen = 0; seen < MAX_PER_RUN; ) {
    const batch = await withTransaction(db, (tx) => remindBatch(tx, ctx));
    counts.claimed += batch.claimed;
    counts.emails += batch.emails;
    seen += batch.taken;
    if (batch.taken < REQUESTS_PER_BATCH) break;
    await ctx.afterItem?.();
  }
  return counts;
}
