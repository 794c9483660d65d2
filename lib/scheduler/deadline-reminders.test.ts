import { and, eq, gt, inArray, lte } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMailbox, type Mailbox } from "../../e2e/mailbox";
import { closeDb, type Db, openAnother, withTransaction } from "../../db/client";
import { getRequestReminder } from "../../db/queries/request-reminders";
import { getRequestById } from "../../db/queries/requests";
import { emailOutbox, requestReminders, type Role } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { assignRequest } from "../cases/assign";
import { answerQuestion, askRequester } from "../cases/clarify";
import { rejectRequest } from "../cases/reject";
import { localDate } from "../deadlines/zone";
import { drainOutbox } from "../mail/sender";
import { smtpTransport } from "../mail/transport";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { REQUESTS_PER_BATCH, sweepDeadlineReminders } from "./deadline-reminders";
import { addStaff, APP, copyRequest, outbox, portal as seededPortal } from "./test-fixtures";

const HOUR = 3_600_000;
const db = tempDbPerTest();
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(() => mailbox.stop());
beforeEach(() => {
  mailbox.messages.length = 0;
});

const member = async (slug: string, role: Role, name: string) => (await addStaff(db(), slug, role, `${name}@${slug}.test`)).id;

/** A request as a requester leaves it: submitted, then verified an hour later (which sets its deadline and first reminder time). */
async function openRequest(slug: string, type: "deletion" | "access" | "restriction", submittedAt: string) {
  const portal = await seededPortal(db(), slug);
  const at = new Date(submittedAt);
  const { id } = await submitRequest(db(), { portal, input: { type, email: "ann@example.com", language: portal.defaultLanguage }, channel: "web", now: at, appUrl: APP });
  const [verification] = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)).limit(1);
  const token = /verify\?token=([\w-]{43})/.exec(verification!.text)![1];
  await verifyRequest(db(), { token, portal, now: new Date(at.getTime() + HOUR), appUrl: APP });
  return { portal, id, request: async () => (await getRequestById(db(), { id }))! };
}

/**
 * Moves the clock an hour at a time from `from` to `to`, sweeping and sending
 * the outbox to the SMTP listener each hour; returns what arrived for the
 * request's staff, sorted, as "<day in the portal's zone> <recipient>: <what the subject says>".
 */
async function live(id: number, from: string, to: string, { between }: { between?: (now: Date) => Promise<void> } = {}) {
  const { reference, deadlinePolicy } = (await getRequestById(db(), { id }))!;
  const transport = smtpTransport(mailbox.url);
  const arrived: string[] = [];
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += HOUR) {
    const now = new Date(t);
    await between?.(now);
    await sweepDeadlineReminders(db(), { now, appUrl: APP });
    const before = mailbox.messages.length;
    await drainOutbox({ db: db(), now, transport, from: "Rightsdesk <no-reply@rightsdesk.test>", maxAttempts: 3, appUrl: APP, log: () => {} });
    for (const m of mailbox.messages.slice(before).filter((m) => m.subject.includes(`: ${reference} at `))) {
      arrived.push(`${localDate(now, deadlinePolicy!.timeZone)} ${m.to.join(",").split("@")[0]}: ${m.subject.split(`: ${reference}`)[0]}`);
    }
  }
  return arrived.sort();
}

const deadlineEmails = () => outbox(db(), "deadline-reminder");

describe("the deadline-reminder sweep", () => {
  it("sends an unassigned Deepen deletion's series to agents and admins on the right days, once each, and copies admins once overdue", async () => {
    await member("deepen", "agent", "agent");
    await member("deepen", "admin", "admin");
    await member("deepen", "viewer", "dpo");
    const { id, request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    expect(await request()).toMatchObject({ dueDate: "2026-01-26" });
    expect(await getRequestReminder(db(), { requestId: id })).toEqual(new Date("2026-01-19T04:00:00Z"));
    const arrived = await live(id, "2026-01-12T06:00:00Z", "2026-01-28T23:00:00Z");
    expect(arrived).toEqual([
      "2026-01-19 admin: 7 days left",
      "2026-01-19 agent: 7 days left",
      "2026-01-23 admin: 3 days left",
      "2026-01-23 agent: 3 days left",
      "2026-01-25 admin: 1 day left",
      "2026-01-25 agent: 1 day left",
      "2026-01-26 admin: Due today",
      "2026-01-26 agent: Due today",
      "2026-01-27 admin: Overdue by 1 day",
      "2026-01-27 agent: Overdue by 1 day",
      "2026-01-28 admin: Overdue by 2 days",
      "2026-01-28 agent: Overdue by 2 days",
    ]);
    const overdueToAdmin = mailbox.messages.find((m) => m.to[0] === "admin@deepen.test" && m.subject.startsWith("Overdue by 1 day"))!;
    expect(overdueToAdmin.text).toContain("You are copied because the request is overdue and you are an admin of Deepen.");
    expect(overdueToAdmin.text).toContain(`${APP}/staff/requests/${id}`);
  }, 30_000); // 400 simulated hours of sweeps and SMTP deliveries: longer than the default 5 s on a loaded machine

  it("sends a Deepen blocking request's due-day reminder the hour it is verified, then daily as overdue (policy §7.2.4)", async () => {
    await member("deepen", "agent", "agent");
    // Submitted 14:00 and verified 15:00 Tashkent on Mon 12 Jan 2026: due that day, after its 09:00 has passed.
    const { id, request } = await openRequest("deepen", "restriction", "2026-01-12T09:00:00Z");
    expect(await request()).toMatchObject({ dueDate: "2026-01-12" });
    expect(await getRequestReminder(db(), { requestId: id })).toEqual(new Date("2026-01-12T10:00:00Z"));
    expect(await live(id, "2026-01-12T10:00:00Z", "2026-01-13T23:00:00Z")).toEqual(["2026-01-12 agent: Due today", "2026-01-13 agent: Overdue by 1 day"]);
  });

  it("names ZRU-547 art. 21's refusal date in an MGoods access request's reminders, and on no other request's", async () => {
    await member("mgoods-seller", "agent", "agent");
    // Verified Mon 12 Jan 2026 11:00 Tashkent: the 30 days end Wed 11 Feb, a refusal is due in writing by Thu 22 Jan.
    const { request } = await openRequest("mgoods-seller", "access", "2026-01-12T05:00:00Z");
    expect(await request()).toMatchObject({ dueDate: "2026-02-11", refusalBy: "2026-01-22" });
    await sweepDeadlineReminders(db(), { now: new Date("2026-02-04T04:00:00Z"), appUrl: APP });
    expect((await deadlineEmails()).map((m) => m.text)).toEqual([expect.stringContaining("Refuse in writing by: Thu 22 Jan 2026")]);
    const deletion = await openRequest("mgoods-seller", "deletion", "2026-01-12T05:00:00Z");
    expect((await deletion.request()).refusalBy).toBeNull();
  });

  it("sends an assigned request's reminders to the assignee, and copies the admins from the first overdue day", async () => {
    const agent = await member("deepen", "agent", "agent");
    await member("deepen", "agent", "other");
    await member("deepen", "admin", "admin");
    const { id, request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    await assignRequest(db(), { request: await request(), assigneeId: agent, by: { staff: agent }, now: new Date("2026-01-12T07:00:00Z") });
    expect(await live(id, "2026-01-25T00:00:00Z", "2026-01-27T23:00:00Z")).toEqual([
      "2026-01-25 agent: 1 day left",
      "2026-01-26 agent: Due today",
      "2026-01-27 admin: Overdue by 1 day",
      "2026-01-27 agent: Overdue by 1 day",
    ]);
    expect(mailbox.messages.find((m) => m.to[0] === "agent@deepen.test")!.text).toContain("assigned to you");
  });

  it("queues nothing more when the sweep runs twice at one instant, or its claim is undone", async () => {
    await member("deepen", "agent", "agent");
    const { id } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const now = new Date("2026-01-19T04:00:30Z");
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: 1, emails: 1 });
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: 0, emails: 0 });
    // As if the stored time had been restored (a backup, a bug): the reminder's key still holds.
    await withTransaction(db(), async (tx) => {
      await tx.update(requestReminders).set({ nextReminderAt: new Date("2026-01-19T04:00:00Z") }).where(eq(requestReminders.requestId, id));
    });
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: 1, emails: 0 });
    expect(await deadlineEmails()).toHaveLength(1);
  });

  /** `count` unassigned Deepen deletions with agent and admin, all due their first reminder (7 days left) at `now`: two emails each. */
  async function dueTogether(count: number) {
    const agent = await member("deepen", "agent", "agent");
    await member("deepen", "admin", "admin");
    const { id, portal } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    return { ids: [id, ...(await copyRequest(db(), { id, count: count - 1 }))], agent, portal };
  }
  const now = new Date("2026-01-19T04:01:00Z");

  /** Each due request claimed once and reminded once per recipient: every key once, none left due. */
  async function expectEachRemindedOnce(ids: number[]) {
    const rows = await deadlineEmails();
    expect(rows).toHaveLength(ids.length * 2);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(ids.length * 2);
    for (const id of ids) expect(rows.filter((r) => r.requestId === id).map((r) => r.to).sort()).toEqual(["admin@deepen.test", "agent@deepen.test"]);
    const left = await db().select({ id: requestReminders.requestId }).from(requestReminders).where(and(inArray(requestReminders.requestId, ids), lte(requestReminders.nextReminderAt, now)));
    expect(left).toEqual([]);
  }

  it("sweeps more due requests than one batch holds, each once", async () => {
    const { ids } = await dueTogether(REQUESTS_PER_BATCH + 1);
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: ids.length, emails: ids.length * 2 });
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: 0, emails: 0 });
    await expectEachRemindedOnce(ids);
  });

  it("lets two sweepers on two connections, one running between the other's batches, send each reminder once", async () => {
    const { ids } = await dueTogether(REQUESTS_PER_BATCH + 50);
    const other: Db = openAnother(db());
    let between = 0;
    const first = await sweepDeadlineReminders(db(), {
      now,
      appUrl: APP,
      // Once A's first batch has committed, B sweeps everything A has not yet taken.
      afterItem: async () => {
        if (between++ === 0) expect(await sweepDeadlineReminders(other, { now, appUrl: APP })).toEqual({ claimed: 50, emails: 100 });
      },
    });
    await closeDb(other);
    expect(first).toEqual({ claimed: REQUESTS_PER_BATCH, emails: REQUESTS_PER_BATCH * 2 });
    expect(between).toBe(1);
    await expectEachRemindedOnce(ids);
  });

  it("lets two sweepers racing at once on two connections send each reminder once", async () => {
    const { ids } = await dueTogether(REQUESTS_PER_BATCH * 2 + 50);
    const other: Db = openAnother(db());
    const runs = await Promise.all([sweepDeadlineReminders(db(), { now, appUrl: APP }), sweepDeadlineReminders(other, { now, appUrl: APP })]);
    await closeDb(other);
    expect(runs[0]!.claimed + runs[1]!.claimed).toBe(ids.length);
    expect(runs[0]!.emails + runs[1]!.emails).toBe(ids.length * 2);
    await expectEachRemindedOnce(ids);
  });

  it("reads each batch afresh: a request closed between two batches is not reminded", async () => {
    const { ids, agent, portal } = await dueTogether(REQUESTS_PER_BATCH + 2);
    let closed: number | undefined;
    const run = await sweepDeadlineReminders(db(), {
      now,
      appUrl: APP,
      afterItem: async () => {
        const [waiting] = await db().select({ id: requestReminders.requestId }).from(requestReminders).where(and(inArray(requestReminders.requestId, ids), lte(requestReminders.nextReminderAt, now))).limit(1);
        closed = waiting!.id;
        await rejectRequest(db(), { request: (await getRequestById(db(), { id: closed }))!, portal, reason: "duplicate", message: "", by: { staff: agent }, now, appUrl: APP });
      },
    });
    expect(run).toEqual({ claimed: ids.length - 1, emails: (ids.length - 1) * 2 });
    expect((await deadlineEmails()).filter((r) => r.requestId === closed)).toEqual([]);
    await expectEachRemindedOnce(ids.filter((id) => id !== closed));
  });

  it("rolls a failing batch back whole: no request claimed without its emails", async () => {
    const { ids } = await dueTogether(REQUESTS_PER_BATCH + 1);
    // Rendering refuses a link that is not http(s): the batch fails after its claim has been written.
    await expect(sweepDeadlineReminders(db(), { now, appUrl: "javascript:alert(1)" })).rejects.toThrow("not an http(s) link");
    expect(await deadlineEmails()).toEqual([]);
    const claimed = await db().select({ id: requestReminders.requestId }).from(requestReminders).where(and(inArray(requestReminders.requestId, ids), gt(requestReminders.nextReminderAt, now)));
    expect(claimed).toEqual([]);
    expect(await sweepDeadlineReminders(db(), { now, appUrl: APP })).toEqual({ claimed: ids.length, emails: ids.length * 2 });
    await expectEachRemindedOnce(ids);
  });

  it("stops the series when the request is closed", async () => {
    const agent = await member("deepen", "agent", "agent");
    const { portal, id, request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const close = async (now: Date) => {
      if (now.toISOString() !== "2026-01-20T06:00:00.000Z") return;
      await rejectRequest(db(), { request: await request(), portal, reason: "duplicate", message: "", by: { staff: agent }, now, appUrl: APP });
    };
    expect(await live(id, "2026-01-19T00:00:00Z", "2026-01-30T00:00:00Z", { between: close })).toEqual(["2026-01-19 agent: 7 days left"]);
    expect(await request()).toMatchObject({ status: "rejected" });
    expect(await getRequestReminder(db(), { requestId: id })).toBeNull();
  });

  it("pauses the series while Deepen waits for the requester, and resumes it on the moved due date", async () => {
    const agent = await member("deepen", "agent", "agent");
    const { portal, id, request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const clarify = async (now: Date) => {
      const iso = now.toISOString();
      if (iso === "2026-01-22T06:00:00.000Z") await askRequester(db(), { request: await request(), portal, question: "Which account?", by: { staff: agent }, now, appUrl: APP });
      if (iso === "2026-01-29T06:00:00.000Z") await answerQuestion(db(), { request: await request(), answer: "user-42", now });
    };
    const arrived = await live(id, "2026-01-19T00:00:00Z", "2026-02-04T00:00:00Z", { between: clarify });
    expect((await request()).dueDate).toBe("2026-02-03");
    expect(arrived).toEqual([
      "2026-01-19 agent: 7 days left",
      "2026-01-31 agent: 3 days left",
      "2026-02-02 agent: 1 day left",
      "2026-02-03 agent: Due today",
    ]);
  });

  it("reminds UseGPT's team once to decide on a 152-FZ extension when a third of the time is left", async () => {
    await member("usegpt", "agent", "agent");
    const { id } = await openRequest("usegpt", "access", "2026-04-28T07:00:00Z");
    const arrived = await live(id, "2026-04-28T09:00:00Z", "2026-05-12T00:00:00Z");
    expect(arrived).toEqual([
      "2026-05-07 agent: 7 days left",
      "2026-05-09 agent: Decide on an extension by Thu 14 May 2026",
      "2026-05-11 agent: 3 days left",
    ]);
  });
});
