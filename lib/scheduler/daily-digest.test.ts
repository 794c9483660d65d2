import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { insertUser, setMembership } from "../../db/queries/staff";
import { users } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { dailyDigestEmail } from "../../emails/daily-digest";
import { assignRequest } from "../cases/assign";
import { nextDigestAt, sweepDailyDigests } from "./daily-digest";
import { addStaff, APP, openRequest, outbox, portal } from "./test-fixtures";

const db = tempDbPerTest();
const sweepAt = (iso: string) => sweepDailyDigests(db(), { now: new Date(iso), appUrl: APP });
const digests = () => outbox(db(), "daily-digest");
const digestTo = async (email: string) => (await digests()).filter((m) => m.to === email);
const digestTime = async (id: string) => (await db().select({ at: users.nextDigestAt }).from(users).where(eq(users.id, id)))[0]!.at;

describe("when a digest is due", () => {
  it.each([
    ["2026-01-21T07:59:59Z", "2026-01-21T08:00:00.000Z"],
    ["2026-01-21T08:00:00Z", "2026-01-22T08:00:00.000Z"],
    ["2026-01-21T20:00:00Z", "2026-01-22T08:00:00.000Z"],
    ["2026-12-31T09:00:00Z", "2027-01-01T08:00:00.000Z"],
  ])("after %s the next is %s", (after, next) => {
    expect(nextDigestAt(new Date(after)).toISOString()).toBe(next);
  });
});

/**
 * Deepen (14 days, Tashkent) on Wednesday 21 January 2026: one request of Ali's
 * due on the 26th, one of Bo's overdue since the 19th, one of Ali's due in
 * February; a viewer; a UseGPT admin with nothing to do; a user without a portal.
 */
async function deepenTeam() {
  const ali = await addStaff(db(), "deepen", "agent", "ali@deepen.test");
  const bo = await addStaff(db(), "deepen", "admin", "bo@deepen.test");
  const vera = await addStaff(db(), "deepen", "viewer", "vera@deepen.test");
  const idle = await addStaff(db(), "usegpt", "admin", "idle@usegpt.test");
  const stranger = await withTransaction(db(), (tx) => insertUser(tx, { email: "nobody@example.test" }));
  const assigned = async (receivedAt: string, to: string) => {
    const r = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: new Date(receivedAt), by: to });
    await assignRequest(db(), { request: await r.request(), assigneeId: to, by: { staff: to }, now: new Date(receivedAt) });
    return r.request();
  };
  const dueSoon = await assigned("2026-01-12T05:00:00Z", ali.id);
  const overdue = await assigned("2026-01-05T05:00:00Z", bo.id);
  const later = await assigned("2026-01-20T05:00:00Z", ali.id);
  expect([dueSoon.dueDate, overdue.dueDate, later.dueDate]).toEqual(["2026-01-26", "2026-01-19", "2026-02-03"]);
  return { ali, bo, vera, idle, stranger, dueSoon, overdue, later };
}

describe("the daily digest", () => {
  it("is filed under the member's portal when they have one, and under none when it spans portals (the outbox page shows it to nobody)", async () => {
    const { ali, bo } = await deepenTeam();
    const usegpt = await portal(db(), "usegpt");
    await withTransaction(db(), (tx) => setMembership(tx, { userId: bo.id, portalId: usegpt.id, role: "viewer" }));
    await sweepAt("2026-01-21T08:00:00Z");
    expect((await digestTo(ali.email!))[0]!.portalId).toBe((await portal(db(), "deepen")).id);
    expect((await digestTo(bo.email!))[0]!.portalId).toBeNull();
  });

  it("lists each member's own week and everything overdue in their portals, with links; viewers get overdue only", async () => {
    const { ali, bo, vera, dueSoon, overdue, later } = await deepenTeam();
    expect(await sweepAt("2026-01-21T08:00:00Z")).toEqual({ sent: 3, empty: 1 });

    const [forAli] = await digestTo("ali@deepen.test");
    expect(forAli).toMatchObject({ language: "en", subject: "Rightsdesk digest: 1 overdue, 1 due this week for you", dedupeKey: `digest:${ali.id}:2026-01-21` });
    expect(forAli!.text).toContain(`Overdue in your portals (1)\n---------------------------\n\n- ${overdue.reference}, Deletion (Deepen), overdue by 2 days: ${APP}/staff/requests/${overdue.id}`);
    expect(forAli!.text).toContain(`Assigned to you, due within 7 days (1)`);
    expect(forAli!.text).toContain(`- ${dueSoon.reference}, Deletion (Deepen), 5 days left: ${APP}/staff/requests/${dueSoon.id}`);
    expect(forAli!.text).not.toContain(later.reference);

    const [forBo] = await digestTo(bo.email!);
    expect(forBo!.text).toContain(overdue.reference);
    expect(forBo!.text).not.toContain("Assigned to you");
    const [forVera] = await digestTo(vera.email!);
    expect(forVera!.subject).toBe("Rightsdesk digest: 1 overdue, 0 due this week for you");
    expect(forVera!.text).not.toContain(dueSoon.reference);
  });

  it("skips a member with nothing to report but moves the time on, and never touches people without a portal", async () => {
    const { idle, stranger } = await deepenTeam();
    await sweepAt("2026-01-21T08:00:00Z");
    expect(await digestTo("idle@usegpt.test")).toEqual([]);
    expect(await digestTime(idle.id)).toEqual(new Date("2026-01-22T08:00:00Z"));
    expect(await digestTime(stranger.id)).toBeNull();
    expect(await digestTo("nobody@example.test")).toEqual([]);
  });

  it("comes once a day, however often the sweep runs", async () => {
    const { ali } = await deepenTeam();
    await sweepAt("2026-01-21T08:00:00Z");
    expect(await sweepAt("2026-01-21T08:00:00Z")).toEqual({ sent: 0, empty: 0 });
    expect(await sweepAt("2026-01-22T07:59:00Z")).toEqual({ sent: 0, empty: 0 });
    expect(await sweepAt("2026-01-22T08:00:30Z")).toEqual({ sent: 3, empty: 1 });
    expect((await digestTo("ali@deepen.test")).map((m) => m.dedupeKey)).toEqual([`digest:${ali.id}:2026-01-21`, `digest:${ali.id}:2026-01-22`]);
  });

  it("reaches a new member at once, and not twice that day when the 08:00 round follows", async () => {
    const { ali } = await deepenTeam();
    expect(await sweepAt("2026-01-21T07:00:00Z")).toMatchObject({ sent: 3 });
    expect(await digestTime(ali.id)).toEqual(new Date("2026-01-21T08:00:00Z"));
    await sweepAt("2026-01-21T08:00:00Z");
    expect(await digestTo("ali@deepen.test")).toHaveLength(1);
    expect(await digestTime(ali.id)).toEqual(new Date("2026-01-22T08:00:00Z"));
  });

  it("says when a list was cut short, and points to the queue for the rest", () => {
    const { preview } = dailyDigestEmail;
    const { subject, text } = dailyDigestEmail.render({ ...preview, overdue: { ...preview.overdue, more: true } }, "en");
    expect(subject).toBe("Rightsdesk digest: 1+ overdue, 1 due this week for you");
    expect(text).toContain("The lists are cut short; the queue has the rest.\n\nOpen the queue:\nhttp://localhost:3000/staff");
  });
});
