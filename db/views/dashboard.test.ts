import { beforeEach, describe, expect, it } from "vitest";
import { withTransaction } from "../client";
import { portals, requests, type NewDsrRequest } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { getDashboardStats } from "./dashboard";

const db = tempDbPerTest();

// A Thursday: the current week began on Monday 9 March, the series on Monday 22 December.
const now = new Date("2026-03-12T12:00:00Z");
const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(now.getTime() + days * DAY);

let mine: number;
let theirs: number;
let seq = 0;

async function add(request: Partial<NewDsrRequest>) {
  const values = { portalId: mine, reference: `T-${++seq}`, type: "access" as const, status: "open" as const, channel: "web" as const, email: "r@example.com", language: "en" as const, receivedAt: daysFromNow(-5), ...request };
  await withTransaction(db(), async (tx) => {
    await tx.insert(requests).values(values);
  });
}

/** A completed request received `days` days before it closed, `ago` days before now. */
async function completed({ days, ago, late = false, ...rest }: { days: number; ago: number; late?: boolean } & Partial<NewDsrRequest>) {
  const closedAt = daysFromNow(-ago);
  await add({ status: "completed", receivedAt: new Date(closedAt.getTime() - days * DAY), closedAt, dueAt: new Date(closedAt.getTime() + (late ? -1 : 0)), ...rest });
}

const stats = (portalIds = [mine]) => getDashboardStats(db(), { portalIds, now });

beforeEach(async () => {
  await seedDemoPortals(db());
  [mine, theirs] = (await db().select({ id: portals.id }).from(portals).orderBy(portals.id).limit(2)).map((p) => p.id) as [number, number];
});

describe("getDashboardStats: the queue", () => {
  it("counts open, overdue and due-this-week work, leaving out unverified, closed and other portals' requests", async () => {
    await add({ status: "open", dueAt: daysFromNow(-1) });
    await add({ status: "in_progress", dueAt: daysFromNow(3) });
    await add({ status: "awaiting_requester", dueAt: daysFromNow(7) });
    await add({ status: "open", dueAt: daysFromNow(8) });
    await add({ status: "open", dueAt: null });
    await add({ status: "submitted", dueAt: daysFromNow(-2) });
    await add({ status: "completed", dueAt: daysFromNow(2), closedAt: daysFromNow(-1) });
    await add({ status: "rejected", dueAt: daysFromNow(-3), closedAt: daysFromNow(-1) });
    await add({ portalId: theirs, status: "open", dueAt: daysFromNow(-1) });
    await add({ portalId: theirs, status: "in_progress", dueAt: daysFromNow(1) });

    expect(await stats()).toMatchObject({ open: 5, overdue: 1, dueThisWeek: 2 });
    expect(await stats([mine, theirs])).toMatchObject({ open: 7, overdue: 2, dueThisWeek: 3 });
  });

  it("is empty, with no rates, for no requests and for no portals", async () => {
    const empty = { open: 0, overdue: 0, dueThisWeek: 0, onTimePercent: null, medianDaysToClose: null };
    expect(await stats()).toMatchObject(empty);
    await add({ status: "open", dueAt: daysFromNow(-1) });
    expect(await stats([])).toMatchObject(empty);
    expect((await stats([])).weeks).toHaveLength(12);
  });
});

describe("getDashboardStats: the last 90 days", () => {
  it("rates completions by their due time (closing at it is on time) and takes the median time to close", async () => {
    await completed({ days: 2, ago: 1 });
    await completed({ days: 5.25, ago: 30, late: true });
    await completed({ days: 12, ago: 89 });
    await completed({ days: 1, ago: 91 });
    await completed({ days: 1, ago: 3, portalId: theirs, late: true });
    await add({ status: "rejected", receivedAt: daysFromNow(-40), closedAt: daysFromNow(-2), dueAt: daysFromNow(-10) });
    await add({ status: "withdrawn", receivedAt: daysFromNow(-4), closedAt: daysFromNow(-2), dueAt: daysFromNow(10) });

    expect(await stats()).toMatchObject({ onTimePercent: 67, medianDaysToClose: 5.3 });
    expect(await stats([mine, theirs])).toMatchObject({ onTimePercent: 50, medianDaysToClose: 3.6 });
  });

  it("counts a completion with no due time as not on time", async () => {
    await completed({ days: 3, ago: 2, dueAt: null });
    await completed({ days: 4, ago: 2 });
    expect(await stats()).toMatchObject({ onTimePercent: 50, medianDaysToClose: 3.5 });
  });
});

describe("getDashboardStats: the weekly series", () => {
  const monday = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("has twelve UTC weeks from Monday to Monday, the current one last", async () => {
    const { weeks } = await stats();
    expect(weeks.map((w) => w.start)).toEqual(Array.from({ length: 12 }, (_, i) => new Date(monday("2025-12-22").getTime() + i * 7 * DAY)));
    expect(weeks.at(-1)?.start).toEqual(monday("2026-03-09"));
  });

  it("buckets verified requests by receipt and completions by closing, per type", async () => {
    await add({ receivedAt: monday("2026-03-09") });
    await add({ receivedAt: new Date(monday("2026-03-09").getTime() - 1), type: "deletion" });
    await add({ receivedAt: daysFromNow(0), type: "deletion", status: "rejected" });
    await add({ receivedAt: monday("2025-12-22"), status: "withdrawn" });
    await add({ receivedAt: new Date(monday("2025-12-22").getTime() - 1) });
    await add({ receivedAt: daysFromNow(-1), status: "submitted" });
    await add({ receivedAt: daysFromNow(-1), status: "expired" });
    await add({ receivedAt: daysFromNow(-1), portalId: theirs });
    await completed({ days: 3, ago: 0, type: "correction" });
    await completed({ days: 80, ago: 6 });
    await completed({ days: 1, ago: 85 });

    const counts = (await stats()).weeks.map(({ received, completed }) => ({ received, completed }));
    expect(counts[11]).toEqual({ received: { access: 1, deletion: 1, correction: 1 }, completed: { correction: 1 } });
    expect(counts[10]).toEqual({ received: { deletion: 1 }, completed: { access: 1 } });
    expect(counts[0]).toEqual({ received: { access: 1 }, completed: {} });
    expect(counts.slice(1, 10)).toEqual(Array(9).fill({ received: {}, completed: {} }));
  });
});
