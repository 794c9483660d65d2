import { and, asc, eq, lte } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { listMembers } from "../../db/queries/staff";
import { requests, type DsrRequest, type Portal } from "../../db/schema";
import { deadlineReminderEmail, extensionDecisionReminderEmail } from "../../emails";
import { messages } from "../i18n/catalogue";
import { enqueueEmail } from "../mail/outbox";
import { planReminders, reminderRecipients, type ReminderPlan, type ReminderSubject } from "../reminders/deadline-schedule";
import { daysLeft } from "../staff/days-left";
import type { SweepContext } from "./sweeps";

const BATCH = 100;
/** A run stops after this many requests (the rest wait a minute), so it ends well inside the scheduler's lease. */
const MAX_PER_RUN = 5_000;

/** Requests whose reminder time has come, through the next_reminder_at index: never a scan of all requests. */
function listDue(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select({ id: requests.id })
    .from(requests)
    .where(lte(requests.nextReminderAt, now))
    .orderBy(asc(requests.nextReminderAt))
    .limit(limit)
    .all();
}

/** Stores the next time only if it is still the one this sweep read: of two sweepers, one claims the request. */
function claim(tx: Executor, { id, since, next }: { id: number; since: Date; next: Date | null }): boolean {
  return tx
    .update(requests)
    .set({ nextReminderAt: next })
    .where(and(eq(requests.id, id), eq(requests.nextReminderAt, since)))
    .run().changes === 1;
}

/** What the rules read from the row; null for a request without a deadline, which is never reminded. */
function subjectOf(request: DsrRequest, portal: Portal): ReminderSubject | null {
  const { dueAt, dueDate, deadlinePolicy: policy } = request;
  if (!dueAt || !dueDate || !policy) return null;
  return { ...request, dueAt, dueDate, policy, reminderDays: portal.reminderDays };
}

const NOTHING: ReminderPlan = { deadline: null, extensionDecision: false, next: null };

/**
 * One request, in one immediate transaction: re-read, claim by moving its
 * stored time on, and queue its emails. Each email's key names the request,
 * the reminder and the due instant (and the recipient), so a re-run, a crash
 * between transactions or a second sweeper can never queue one twice.
 * Returns the number of emails queued, or null if the request was not this sweep's to claim.
 */
function remindOne(db: Db, id: number, { now, appUrl }: SweepContext): number | null {
  return db.transaction(
    (tx) => {
      const request = getRequestById(tx, { id });
      const since = request?.nextReminderAt;
      if (!request || !since || since > now) return null;
      const portal = getPortalById(tx, { id: request.portalId })!;
      const subject = subjectOf(request, portal);
      const plan = subject ? planReminders(subject, { since, now }) : NOTHING;
      if (!claim(tx, { id, since, next: plan.next })) return null;
      if (!subject) return 0;

      const members = listMembers(tx, { portalId: portal.id });
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
          if (enqueueEmail(tx, { ...mail, template: deadlineReminderEmail, props: { ...props, why: r.why }, to: r.email, dedupeKey }) !== null) queued++;
        }
      }
      if (plan.extensionDecision) {
        const props = { ...common, noticeBy: subject.extensionNoticeBy! };
        for (const r of reminderRecipients({ assigneeId: request.assigneeId, members, overdueDays: 0 })) {
          const dedupeKey = `extension-decision:${id}:${subject.extensionNoticeBy}:${r.userId}`;
          if (enqueueEmail(tx, { ...mail, template: extensionDecisionReminderEmail, props, to: r.email, dedupeKey }) !== null) queued++;
        }
      }
      return queued;
    },
    { behavior: "immediate" },
  );
}

/**
 * The deadline-reminder sweep (STYLE.md example 9): the rules in
 * lib/reminders/deadline-schedule.ts decide, this does the I/O, in batches.
 */
export function sweepDeadlineReminders(db: Db, ctx: SweepContext): { claimed: number; emails: number } {
  const counts = { claimed: 0, emails: 0 };
  for (let seen = 0; seen < MAX_PER_RUN; ) {
    const due = listDue(db, { now: ctx.now, limit: BATCH });
    for (const { id } of due) {
      const queued = remindOne(db, id, ctx);
      if (queued !== null) {
        counts.claimed++;
        counts.emails += queued;
      }
      ctx.afterItem?.();
    }
    seen += due.length;
    if (due.length < BATCH) break;
  }
  return counts;
}
