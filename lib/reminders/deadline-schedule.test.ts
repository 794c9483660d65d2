import { describe, expect, it } from "vitest";
import { endOfDay } from "../deadlines/zone";
import {
  deadlineReminderDue,
  extensionDecisionAt,
  firstReminderAt,
  nextDeadlineReminder,
  nextReminderAt,
  planReminders,
  reminderRecipients,
  type DeadlineSchedule,
  type PortalMember,
  type ReminderSubject,
} from "./deadline-schedule";

const at = (iso: string) => new Date(iso);

/** Deepen: due Mon 26 Jan 2026 in Tashkent (UTC+5 all year), so 09:00 there is 04:00Z. */
const deepen: DeadlineSchedule = { dueDate: "2026-01-26", reminderDays: [7, 3, 1, 0], timeZone: "Asia/Tashkent" };

function series(schedule: DeadlineSchedule, from: Date, count: number) {
  const out = [];
  let after = from;
  for (let i = 0; i < count; i++) {
    const r = nextDeadlineReminder(schedule, after);
    out.push({ at: r.at.toISOString(), kind: r.kind, overdueDays: r.overdueDays });
    after = r.at;
  }
  return out;
}

describe("nextDeadlineReminder", () => {
  it("runs 7, 3, 1 days before, the due day, then daily while overdue, at 09:00 local", () => {
    expect(series(deepen, at("2026-01-12T06:00:00Z"), 7)).toEqual([
      { at: "2026-01-19T04:00:00.000Z", kind: "before-7", overdueDays: 0 },
      { at: "2026-01-23T04:00:00.000Z", kind: "before-3", overdueDays: 0 },
      { at: "2026-01-25T04:00:00.000Z", kind: "before-1", overdueDays: 0 },
      { at: "2026-01-26T04:00:00.000Z", kind: "due-today", overdueDays: 0 },
      { at: "2026-01-27T04:00:00.000Z", kind: "overdue-1", overdueDays: 1 },
      { at: "2026-01-28T04:00:00.000Z", kind: "overdue-2", overdueDays: 2 },
      { at: "2026-01-29T04:00:00.000Z", kind: "overdue-3", overdueDays: 3 },
    ]);
  });

  it("skips the days already behind a request opened late: no burst of stale reminders", () => {
    expect(nextDeadlineReminder(deepen, at("2026-01-24T10:00:00Z")).kind).toBe("before-1");
  });

  it("waits for the next scheduled day once 09:00 of a reminder day has passed", () => {
    expect(nextDeadlineReminder(deepen, at("2026-01-23T05:00:00Z")).kind).toBe("before-1");
    expect(nextDeadlineReminder(deepen, at("2026-01-23T03:59:59Z"))).toMatchObject({ kind: "before-3", at: at("2026-01-23T04:00:00Z") });
  });

  it("is strictly after `after`: the reminder at that very instant is the one just sent", () => {
    expect(nextDeadlineReminder(deepen, at("2026-01-23T04:00:00Z")).kind).toBe("before-1");
  });

  it("starts a long-overdue request at the next 09:00, counting the days overdue", () => {
    expect(nextDeadlineReminder(deepen, at("2026-02-10T03:00:00Z"))).toMatchObject({ kind: "overdue-15", overdueDays: 15, at: at("2026-02-10T04:00:00Z") });
    expect(nextDeadlineReminder(deepen, at("2026-02-10T12:00:00Z"))).toMatchObject({ kind: "overdue-16", at: at("2026-02-11T04:00:00Z") });
  });

  it("follows daylight saving time: 09:00 in Berlin is 08:00Z before the change and 07:00Z after", () => {
    const berlin = { dueDate: "2026-03-30", reminderDays: [3, 1], timeZone: "Europe/Berlin" };
    expect(series(berlin, at("2026-03-20T00:00:00Z"), 3).map((r) => r.at)).toEqual(["2026-03-27T08:00:00.000Z", "2026-03-29T07:00:00.000Z", "2026-03-31T07:00:00.000Z"]);
  });

  it("reads the portal's days in any order, once each, and ignores negative ones", () => {
    const messy = { ...deepen, reminderDays: [0, 3, 3, -2, 7, 1] };
    expect(series(messy, at("2026-01-12T06:00:00Z"), 5)).toEqual(series(deepen, at("2026-01-12T06:00:00Z"), 5));
  });

  it("with no days before configured, starts on the first overdue day", () => {
    expect(nextDeadlineReminder({ ...deepen, reminderDays: [] }, at("2026-01-12T06:00:00Z")).kind).toBe("overdue-1");
  });
});

describe("deadlineReminderDue", () => {
  const stored = at("2026-01-23T04:00:00Z");

  it("owes today's reminder once its 09:00 has come, and not before", () => {
    expect(deadlineReminderDue(deepen, { since: stored, now: at("2026-01-23T04:00:30Z") })?.kind).toBe("before-3");
    expect(deadlineReminderDue(deepen, { since: stored, now: at("2026-01-23T03:59:00Z") })).toBeNull();
  });

  it("does not make up a day the scheduler missed, but still sends today's", () => {
    expect(deadlineReminderDue(deepen, { since: stored, now: at("2026-01-24T10:00:00Z") })).toBeNull();
    expect(deadlineReminderDue(deepen, { since: stored, now: at("2026-01-25T10:00:00Z") })?.kind).toBe("before-1");
  });

  it("owes nothing that fell before the stored time (e.g. set at 10:00 on a reminder day)", () => {
    expect(deadlineReminderDue(deepen, { since: at("2026-01-23T05:00:00Z"), now: at("2026-01-23T06:00:00Z") })).toBeNull();
  });
});

/** UseGPT access under 152-FZ: received 28 Apr 2026 08:00Z, due 14 May (Moscow), extension notice by the same day. */
const usegpt: ReminderSubject = {
  status: "open",
  type: "access",
  dueDate: "2026-05-14",
  dueAt: endOfDay("2026-05-14", "Europe/Moscow"),
  extensionNoticeBy: "2026-05-14",
  extendedAt: null,
  policy: { regime: "ru-152fz", clockStartAt: at("2026-04-28T08:00:00Z").getTime(), timeZone: "Europe/Moscow" },
  reminderDays: [7, 3, 1, 0],
};
const third = new Date(usegpt.dueAt.getTime() - (usegpt.dueAt.getTime() - usegpt.policy.clockStartAt) / 3).getTime();

describe("the extension decision", () => {
  it("comes when a third of the time from clock start to due is left", () => {
    expect(extensionDecisionAt(usegpt)?.getTime()).toBe(third);
    expect(new Date(third).toISOString().slice(0, 10)).toBe("2026-05-09");
  });

  it("does not come when the regime allows no extension, it was granted, or the request is closed", () => {
    expect(extensionDecisionAt({ ...usegpt, extensionNoticeBy: null })).toBeNull();
    expect(extensionDecisionAt({ ...usegpt, extendedAt: at("2026-05-01T08:00:00Z") })).toBeNull();
    expect(extensionDecisionAt({ ...usegpt, status: "completed" })).toBeNull();
  });

  it("is the next time when it falls before the next deadline reminder, and only once", () => {
    const before7 = at("2026-05-07T06:00:00Z");
    expect(nextReminderAt(usegpt, before7)?.getTime()).toBe(third);
    expect(nextReminderAt(usegpt, new Date(third))).toEqual(at("2026-05-11T06:00:00Z"));
  });

  it("is owed while a third or less is left and the notice date has not passed", () => {
    const plan = planReminders(usegpt, { since: new Date(third), now: new Date(third + 60_000) });
    expect(plan).toEqual({ deadline: null, extensionDecision: true, next: at("2026-05-11T06:00:00Z") });
    expect(planReminders(usegpt, { since: at("2026-05-15T06:00:00Z"), now: at("2026-05-15T06:00:10Z") }).extensionDecision).toBe(false);
  });

  it("is never the next time once the notice date is behind it", () => {
    const late = { ...usegpt, extensionNoticeBy: "2026-05-08" };
    expect(nextReminderAt(late, at("2026-05-07T06:00:00Z"))).toEqual(at("2026-05-11T06:00:00Z"));
  });
});

describe("nextReminderAt and planReminders", () => {
  it("stop for a closed request", () => {
    for (const status of ["completed", "rejected", "withdrawn"] as const) {
      expect(nextReminderAt({ ...usegpt, status }, at("2026-05-01T00:00:00Z"))).toBeNull();
      expect(planReminders({ ...usegpt, status }, { since: at("2026-05-07T06:00:00Z"), now: at("2026-05-07T06:00:00Z") })).toEqual({ deadline: null, extensionDecision: false, next: null });
    }
  });

  it("stop while the requester is asked under a rule that stops the clock, and run on under one that does not", () => {
    const deepenSubject: ReminderSubject = {
      ...usegpt,
      type: "deletion",
      status: "awaiting_requester",
      dueDate: "2026-01-26",
      dueAt: endOfDay("2026-01-26", "Asia/Tashkent"),
      extensionNoticeBy: null,
      policy: { regime: "uz-zru547", promise: { days: 14, unit: "calendar" }, clockStartAt: at("2026-01-12T06:00:00Z").getTime(), timeZone: "Asia/Tashkent" },
    };
    expect(nextReminderAt(deepenSubject, at("2026-01-13T00:00:00Z"))).toBeNull();
    expect(nextReminderAt({ ...deepenSubject, status: "in_progress" }, at("2026-01-13T00:00:00Z"))).toEqual(at("2026-01-19T04:00:00Z"));
    expect(nextReminderAt({ ...usegpt, status: "awaiting_requester" }, at("2026-05-11T07:00:00Z"))).toEqual(at("2026-05-13T06:00:00Z"));
  });

  it("plan the due reminder with the next time after it", () => {
    expect(planReminders(usegpt, { since: at("2026-05-13T06:00:00Z"), now: at("2026-05-13T06:01:00Z") })).toMatchObject({
      deadline: { kind: "before-1" },
      extensionDecision: true,
      next: at("2026-05-14T06:00:00Z"),
    });
  });
});

/** Deepen blocking (policy §7.2.4): received and due Mon 12 Jan 2026 in Tashkent, where 09:00 is 04:00Z. */
const blocking: ReminderSubject = {
  status: "open",
  type: "restriction",
  dueDate: "2026-01-12",
  dueAt: endOfDay("2026-01-12", "Asia/Tashkent"),
  extensionNoticeBy: null,
  extendedAt: null,
  policy: { regime: "uz-zru547", promise: { days: 0, unit: "calendar" }, clockStartAt: at("2026-01-12T10:00:00Z").getTime(), timeZone: "Asia/Tashkent" },
  reminderDays: [7, 3, 1, 0],
};

const scheduleOfBlocking: DeadlineSchedule = { dueDate: "2026-01-12", reminderDays: [7, 3, 1, 0], timeZone: "Asia/Tashkent" };

describe("a request due the day it is received", () => {
  it("is looked at the moment its deadline is set after 09:00, and the due-day reminder goes then, not tomorrow", () => {
    const set = at("2026-01-12T10:00:05Z");
    expect(firstReminderAt(blocking, set)).toEqual(set);
    expect(planReminders(blocking, { since: set, now: at("2026-01-12T10:01:00Z") })).toEqual({
      deadline: { kind: "due-today", overdueDays: 0, at: set },
      extensionDecision: false,
      next: at("2026-01-13T04:00:00Z"),
    });
  });

  it("goes even where the portal lists no due-day reminder", () => {
    const set = at("2026-01-12T10:00:05Z");
    expect(planReminders({ ...blocking, reminderDays: [7, 3] }, { since: set, now: at("2026-01-12T10:01:00Z") }).deadline?.kind).toBe("due-today");
  });

  it("waits for 09:00 when set before it, as any due day does", () => {
    expect(firstReminderAt(blocking, at("2026-01-12T02:00:00Z"))).toEqual(at("2026-01-12T04:00:00Z"));
  });

  it("is not sent early: a sweep before the stored time owes nothing", () => {
    const set = at("2026-01-12T10:00:05Z");
    expect(deadlineReminderDue(scheduleOfBlocking, { since: set, now: at("2026-01-12T10:00:00Z") })).toBeNull();
  });

  it("confirmed the day after it was due, its overdue reminder goes the moment the deadline is set, and tomorrow's follows", () => {
    const set = at("2026-01-13T06:00:00Z");
    expect(firstReminderAt(blocking, set)).toEqual(set);
    expect(planReminders(blocking, { since: set, now: at("2026-01-13T06:01:00Z") })).toEqual({
      deadline: { kind: "overdue-1", overdueDays: 1, at: set },
      extensionDecision: false,
      next: at("2026-01-14T04:00:00Z"),
    });
  });

  it("a sweep that missed the day it was stored for sends today's reminder, not that day's", () => {
    const set = at("2026-01-12T10:00:05Z");
    expect(deadlineReminderDue(scheduleOfBlocking, { since: set, now: at("2026-01-14T05:00:00Z") })).toEqual({ kind: "overdue-2", overdueDays: 2, at: at("2026-01-14T04:00:00Z") });
  });

  it("is set the usual way on any other day", () => {
    expect(firstReminderAt({ ...blocking, dueDate: "2026-01-26", dueAt: endOfDay("2026-01-26", "Asia/Tashkent") }, at("2026-01-12T10:00:05Z"))).toEqual(at("2026-01-19T04:00:00Z"));
  });
});

describe("reminderRecipients", () => {
  const members: PortalMember[] = [
    { userId: "agent-a", email: "a@x.test", role: "agent" },
    { userId: "agent-b", email: "b@x.test", role: "agent" },
    { userId: "admin", email: "admin@x.test", role: "admin" },
    { userId: "viewer", email: "dpo@x.test", role: "viewer" },
    { userId: "no-mail", email: null, role: "agent" },
  ];
  const who = (args: Parameters<typeof reminderRecipients>[0]) => reminderRecipients(args).map((r) => `${r.userId}:${r.why}`);

  it("reminds the assignee alone", () => {
    expect(who({ assigneeId: "agent-b", members, overdueDays: 0 })).toEqual(["agent-b:assignee"]);
  });

  it("reminds the agents and admins when nobody is assigned, never viewers", () => {
    expect(who({ assigneeId: null, members, overdueDays: 0 })).toEqual(["agent-a:unassigned", "agent-b:unassigned", "admin:unassigned"]);
  });

  it("falls back to the team when the assignee has left the portal", () => {
    expect(who({ assigneeId: "gone", members, overdueDays: 0 })).toEqual(["agent-a:unassigned", "agent-b:unassigned", "admin:unassigned"]);
  });

  it("copies the admins from the first overdue day, once each", () => {
    expect(who({ assigneeId: "agent-a", members, overdueDays: 1 })).toEqual(["agent-a:assignee", "admin:escalation"]);
    expect(who({ assigneeId: "admin", members, overdueDays: 3 })).toEqual(["admin:assignee"]);
    expect(who({ assigneeId: null, members, overdueDays: 1 })).toEqual(["agent-a:unassigned", "agent-b:unassigned", "admin:escalation"]);
  });
});
