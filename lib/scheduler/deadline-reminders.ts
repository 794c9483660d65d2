import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { listMembers } from "../../db/queries/staff";
import { claimDeadlineReminder, listDueDeadlineReminders } from "../../db/queries/sweeps";
import type { DsrRequest, Portal } from "../../db/schema";
import { deadlineReminderEmail, extensionDecisionReminderEmail } from "../../emails";
import { messages } from "../i18n/catalogue";
import { enqueueEmail } from "../mail/outbox";
import { planReminders, reminderRecipients, type ReminderPlan, type ReminderSubject } from "../reminders/deadline-schedule";
import { daysLeft } from "../staff/days-left";
import type { SweepContext } from "./sweeps";

const BATCH = 100;
/** A run stops after this many requests (the rest wait a minute), so it ends well inside the scheduler's lease. */
const MAX_PER_RUN = 5_000;

/** What the rules read from the row; null for a request without a deadline, which is never reminded. */
function subjectOf(request: DsrRequest, portal: Portal): ReminderSubject | null {
  const { dueAt, dueDate, deadlinePolicy: policy } = request;
  if (!dueAt || !dueDate || !policy) return null;
  return { ...request, dueAt, dueDate, policy, reminderDays: portal.reminderDays };
}

const NOTHING: ReminderPlan = { deadline: null, extensionDecision: false, next: null };

/**
 * One request, in one transaction: re-read, claim by moving its
 * stored time on, and queue its emails. Each email's key names the request,
 * the reminder and the due instant (and the recipient), so a re-run, a crash
 * between transactions or a second sweeper can never queue one twice.
 * Returns the number of emails queued, or null if the request was not this sweep's to claim.
 */
function remindOne(db: Db, id: number, { now, appUrl }: SweepContext): Promise<number | null> {
  return withTransaction(db, async (tx) => {
    const request = await getRequestById(tx, { id });
    const since = request?.nextReminderAt;
    if (!request || !since || since > now) return null;
    const portal = (await getPortalById(tx, { id: request.portalId }))!;
    const subject = subjectOf(request, portal);
    const plan = subject ? planReminders(subject, { since, now }) : NOTHING;
    if (!(await claimDeadlineReminder(tx, { id, since, next: plan.next }))) return null;
    if (!subject) return 0;

    const members = await listMembers(tx, { portalId: portal.id });
    const mail = { language: "en" as const, requestId: id, now };
    const common = {
      portalName: portal.name,
      reference: request.reference,
      requestType: messages("en").requestTypes[request.type].label,
      dueDate: subject.dueDate,
      requestUrl: `${appUrl}/staff/requests/${id}`,
    };
    let queued = 0;
    if (plan.deadline) {
      const { kind, overdueDays } = plan.deadline;
      const props = { ...common, daysLeft: daysLeft(subject.dueDate, now, subject.policy.timeZone), refusalBy: request.refusalBy };
      for (const r of reminderRecipients({ assigneeId: request.assigneeId, members, overdueDays })) {
        const dedupeKey = `deadline:${id}:${kind}:${subject.dueAt.toISOString()}:${r.userId}`;
        if ((await enqueueEmail(tx, { ...mail, template: deadlineReminderEmail, props: { ...props, why: r.why }, to: r.email, dedupeKey })) !== null) queued++;
      }
    }
    if (plan.extensionDecision) {
      const props = { ...common, noticeBy: subject.extensionNoticeBy! };
      for (const r of reminderRecipients({ assigneeId: request.assigneeId, members, overdueDays: 0 })) {
        const dedupeKey = `extension-decision:${id}:${subject.extensionNoticeBy}:${r.userId}`;
        if ((await enqueueEmail(tx, { ...mail, template: extensionDecisionReminderEmail, props, to: r.email, dedupeKey })) !== null) queued++;
      }
    }
    return queued;
  });
}

/**
 * The deadline-reminder sweep (STYLE.md example 9): the rules in
 * lib/reminders/deadline-schedule.ts decide, this does the I/O, in batches.
 */
export async function sweepDeadlineReminders(db: Db, ctx: SweepContext): Promise<{ claimed: number; emails: number }> {
  const counts = { claimed: 0, emails: 0 };
  for (let seen = 0; seen < MAX_PER_RUN; ) {
    const due = await listDueDeadlineReminders(db, { now: ctx.now, limit: BATCH });
    for (const { id } of due) {
      const queued = await remindOne(db, id, ctx);
      if (queued !== null) {
        counts.claimed++;
        counts.emails += queued;
      }
      await ctx.afterItem?.();
    }
    seen += due.length;
    if (due.length < BATCH) break;
  }
  return counts;
}
