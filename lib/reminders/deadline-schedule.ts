import type { DeadlinePolicy, RequestStatus, Role } from "../../db/schema";
import { pausesClock, type RequestType } from "../deadlines";
import { addDays, daysBetween, type IsoDate } from "../deadlines/dates";
import { localDate, zonedInstant } from "../deadlines/zone";
import { CLOSED } from "../lifecycle";
import { atLeast } from "../staff/roles";

/**
 * When staff are reminded of a request's deadline, and who is (issue 5). Pure:
 * the sweep in lib/scheduler/deadline-reminders.ts does the reading and writing.
 */

/** Reminders arrive at the start of the portal's working day, in its own zone. */
const REMINDER_TIME = "09:00";

export interface DeadlineSchedule {
  dueDate: IsoDate;
  /** The portal's days before the due date; 0 is the due day. Overdue reminders come daily regardless. */
  reminderDays: readonly number[];
  timeZone: string;
}

export interface DeadlineReminder {
  at: Date;
  /** "before-7" … "before-1", "due-today", "overdue-1", "overdue-2", …: with the due instant, the reminder's identity. */
  kind: string;
  /** 0 until the due day has passed. */
  overdueDays: number;
}

function reminderOn(day: IsoDate, { dueDate, timeZone }: DeadlineSchedule): DeadlineReminder {
  const late = daysBetween(dueDate, day);
  const kind = late > 0 ? `overdue-${late}` : late === 0 ? "due-today" : `before-${-late}`;
  return { at: zonedInstant(day, REMINDER_TIME, timeZone), kind, overdueDays: Math.max(0, late) };
}

/**
 * The first scheduled reminder strictly after `after`. Computed from `now` when
 * a deadline is set, so the days already behind a request opened late are
 * skipped instead of arriving in a burst; and a day whose 09:00 has passed
 * waits for the next scheduled one.
 */
export function nextDeadlineReminder(schedule: DeadlineSchedule, after: Date): DeadlineReminder {
  const daysBefore = [...new Set(schedule.reminderDays)].filter((d) => d >= 0).sort((a, b) => b - a);
  for (const days of daysBefore) {
    const reminder = reminderOn(addDays(schedule.dueDate, -days), schedule);
    if (reminder.at > after) return reminder;
  }
  // Daily once overdue, starting from the day of `after` where that is later than the day after the due date.
  const first = addDays(schedule.dueDate, Math.max(1, daysBetween(schedule.dueDate, localDate(after, schedule.timeZone))));
  const reminder = reminderOn(first, schedule);
  return reminder.at > after ? reminder : reminderOn(addDays(first, 1), schedule);
}

/**
 * The reminder of a request whose deadline is set on or after its due day, past
 * that day's 09:00, at `at`: it goes at once instead of waiting for tomorrow's.
 * This is a request due the day it is submitted (blocking under 152-FZ art.
 * 21(1) or Deepen's policy §7.2.4), confirmed that day or later, so it goes
 * whether or not the portal lists 0 among its reminder days: nobody has been
 * told of it yet.
 */
function owedAtOnce(schedule: DeadlineSchedule, at: Date): DeadlineReminder | null {
  const day = localDate(at, schedule.timeZone);
  if (day < schedule.dueDate) return null;
  const reminder = reminderOn(day, schedule);
  return reminder.at <= at ? { ...reminder, at } : null;
}

/**
 * The reminder a sweep owes at `now`, given that nothing was owed before
 * `since` (the stored next time): today's, once its 09:00 has come. A day the
 * scheduler missed entirely is not made up late; today's reminder still goes.
 * A time stored today, on or after the due day and after its 09:00, is a
 * deadline set then, whose reminder is owed at once.
 */
export function deadlineReminderDue(schedule: DeadlineSchedule, { since, now }: { since: Date; now: Date }): DeadlineReminder | null {
  const sameDay = localDate(since, schedule.timeZone) === localDate(now, schedule.timeZone);
  const atOnce = sameDay ? owedAtOnce(schedule, since) : null;
  if (atOnce) return since <= now ? atOnce : null;
  const startOfToday = zonedInstant(localDate(now, schedule.timeZone), "00:00", schedule.timeZone);
  const reminder = nextDeadlineReminder(schedule, new Date(Math.max(since.getTime(), startOfToday.getTime()) - 1));
  return reminder.at <= now ? reminder : null;
}

/** Everything the reminder rules read from an open request with a deadline, and its portal's schedule. */
export interface ReminderSubject {
  status: RequestStatus;
  type: RequestType;
  dueDate: IsoDate;
  dueAt: Date;
  extensionNoticeBy: IsoDate | null;
  extendedAt: Date | null;
  policy: Pick<DeadlinePolicy, "regime" | "promise" | "clockStartAt" | "timeZone">;
  reminderDays: readonly number[];
}

/**
 * Reminders stop when a request closes, and while it waits for the requester
 * under a rule that stops the clock: its due date will move by the days waited,
 * and answering sets the next reminder afresh.
 */
function remindersRun(s: ReminderSubject): boolean {
  if (CLOSED.includes(s.status)) return false;
  return !(s.status === "awaiting_requester" && pausesClock(s.policy.regime, s.type, s.policy.promise));
}

function scheduleOf(s: ReminderSubject): DeadlineSchedule {
  return { dueDate: s.dueDate, reminderDays: s.reminderDays, timeZone: s.policy.timeZone };
}

/**
 * When a third of the request's time (clock start to due) is left, for a
 * regime that lets the deadline be extended if the requester is told by a date
 * (GDPR art. 12(3): within the first month): by then staff should decide
 * whether they need the extension. Null where no extension is possible.
 */
export function extensionDecisionAt(s: ReminderSubject): Date | null {
  if (!s.extensionNoticeBy || s.extendedAt || !remindersRun(s)) return null;
  const due = s.dueAt.getTime();
  return new Date(due - (due - s.policy.clockStartAt) / 3);
}

/** Whether the extension-decision reminder is owed at `now`: a third or less of the time left, and the notice date not yet past. */
function extensionDecisionDue(s: ReminderSubject, now: Date): boolean {
  const at = extensionDecisionAt(s);
  return at !== null && at <= now && localDate(now, s.policy.timeZone) <= s.extensionNoticeBy!;
}

/** When the scheduler next looks at the request (strictly after `after`); null once no reminder can come. */
export function nextReminderAt(s: ReminderSubject, after: Date): Date | null {
  if (!remindersRun(s)) return null;
  const deadline = nextDeadlineReminder(scheduleOf(s), after).at;
  const decision = extensionDecisionAt(s);
  const decisionPending = decision !== null && decision > after && localDate(decision, s.policy.timeZone) <= s.extensionNoticeBy!;
  return decisionPending && decision < deadline ? decision : deadline;
}

/**
 * When the scheduler first looks at a request whose deadline is set (or moved)
 * at `now`: as nextReminderAt, except that a request already on or past its due
 * day, after that day's 09:00, is looked at at once, so its reminder goes out now.
 */
export function firstReminderAt(s: ReminderSubject, now: Date): Date | null {
  if (!remindersRun(s)) return null;
  return owedAtOnce(scheduleOf(s), now)?.at ?? nextReminderAt(s, now);
}

export interface ReminderPlan {
  deadline: DeadlineReminder | null;
  extensionDecision: boolean;
  /** What to store as the request's next reminder time. */
  next: Date | null;
}

/** What a sweep does for a request whose stored time `since` has come: which reminders to queue now, and when to look again. */
export function planReminders(s: ReminderSubject, { since, now }: { since: Date; now: Date }): ReminderPlan {
  if (!remindersRun(s)) return { deadline: null, extensionDecision: false, next: null };
  return { deadline: deadlineReminderDue(scheduleOf(s), { since, now }), extensionDecision: extensionDecisionDue(s, now), next: nextReminderAt(s, now) };
}

export interface PortalMember {
  userId: string;
  email: string | null;
  role: Role;
}

export interface ReminderRecipient {
  userId: string;
  email: string;
  /** Why this person gets it, for the line that says so in the email. */
  why: "assignee" | "unassigned" | "escalation";
}

/**
 * The assignee; or, when nobody is assigned (or the assignee has left the
 * portal), its agents and admins. From the first overdue day the portal's
 * admins are copied as an escalation. Viewers are never reminded.
 */
export function reminderRecipients({ assigneeId, members, overdueDays }: { assigneeId: string | null; members: readonly PortalMember[]; overdueDays: number }): ReminderRecipient[] {
  const reachable = members.filter((m): m is PortalMember & { email: string } => m.email !== null && atLeast(m.role, "agent"));
  const assignee = reachable.find((m) => m.userId === assigneeId);
  const recipients: ReminderRecipient[] = assignee ? [{ userId: assignee.userId, email: assignee.email, why: "assignee" }] : [];
  for (const m of reachable) {
    if (m === assignee) continue;
    if (overdueDays > 0 && m.role === "admin") recipients.push({ userId: m.userId, email: m.email, why: "escalation" });
    else if (!assignee) recipients.push({ userId: m.userId, email: m.email, why: "unassigned" });
  }
  return recipients;
}
