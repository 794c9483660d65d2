/**
 * The dashboard reads rollups that triggers keep (db/views/dashboard.ts). Here
 * random sequences of the operations that change requests (inserts, status
 * changes through the conditional update the use cases use, completions,
 * reopenings, erasure, deletions) are checked against the figures computed
 * directly from the rows, as the dashboard did before it had rollups, at
 * several clocks each.
 */
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { withTransaction, type Db } from "../client";
import { deleteRequest, insertRequest, updateRequestIfStatus } from "../queries/requests";
import { erasePersonalData } from "../queries/sweeps";
import { ACTIVE_STATUSES, portals, REQUEST_STATUSES, requestCloseTimes, requestOpenCounts, requests, requestWeekCounts, type DsrRequest, type NewDsrRequest, type RequestStatus } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { rebuildDashboardRollups } from "../rollups";
import { tempDbPerTest } from "../testing";
import { getDashboardStats, SERIES_WEEKS, VERIFIED_STATUSES, type DashboardStats, type TypeCounts } from "./dashboard";
import { completeWithResolution } from "../../lib/cases/complete-other";
import { rejectRequest } from "../../lib/cases/reject";
import { startWork } from "../../lib/cases/work";
import type { RequestType } from "../../lib/deadlines";
import { addStaff, APP, openRequest } from "../../lib/scheduler/test-fixtures";

const db = tempDbPerTest();
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const TYPES: RequestType[] = ["access", "deletion", "correction"];
const start = new Date("2026-03-12T12:00:00Z").getTime();

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  // Times to close bunched on a few tenths of a day, with ties, and spread out: both ways of the median.
  const closeMs = () => (next() < 0.5 ? pick([1, 2, 2.5, 5.25, 10]) * DAY + pick([0, 0, 1, 4_319_999, 4_320_000, -4_320_000]) : int(40 * DAY));
  return { next, int, pick, closeMs };
}

/** The figures straight from the rows: the dashboard's queries before the rollups, in JavaScript. */
function expected(rows: DsrRequest[], portalIds: number[], now: Date): DashboardStats {
  const t = now.getTime();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const seriesStart = midnight - ((now.getUTCDay() + 6) % 7) * DAY - (SERIES_WEEKS - 1) * WEEK;
  const weeks = Array.from({ length: SERIES_WEEKS }, (_, i) => ({ start: new Date(seriesStart + i * WEEK), received: {} as TypeCounts, completed: {} as TypeCounts }));
  const add = (counts: TypeCounts | undefined, type: RequestType) => counts && (counts[type] = (counts[type] ?? 0) + 1);
  const mine = portalIds.length === 0 ? [] : rows.filter((r) => portalIds.includes(r.portalId));
  const active = mine.filter((r) => ACTIVE_STATUSES.includes(r.status));
  for (const r of mine) {
    if (VERIFIED_STATUSES.includes(r.status) && r.receivedAt.getTime() >= seriesStart) add(weeks[Math.min(SERIES_WEEKS - 1, Math.floor((r.receivedAt.getTime() - seriesStart) / WEEK))]?.received, r.type);
  }
  const completed = mine.filter((r) => r.status === "completed" && r.closedAt && r.closedAt.getTime() >= t - 90 * DAY);
  for (const r of completed) add(weeks[Math.floor((r.closedAt!.getTime() - seriesStart) / WEEK)]?.completed, r.type);
  const durations = completed.map((r) => r.closedAt!.getTime() - r.receivedAt.getTime()).sort((a, b) => a - b);
  const mid = durations.length >> 1;
  const medianMs = durations.length % 2 === 1 ? durations[mid]! : (durations[mid - 1]! + durations[mid]!) / 2;
  return {
    open: active.length,
    overdue: active.filter((r) => r.dueAt && r.dueAt.getTime() < t).length,
    dueThisWeek: active.filter((r) => r.dueAt && r.dueAt.getTime() >= t && r.dueAt.getTime() <= t + WEEK).length,
    onTimePercent: completed.length === 0 ? null : Math.round((completed.filter((r) => r.dueAt && r.closedAt! <= r.dueAt).length / completed.length) * 100),
    medianDaysToClose: durations.length === 0 ? null : Math.round((medianMs / DAY) * 10) / 10,
    weeks,
  };
}

let portalIds: number[];
beforeEach(async () => {
  await seedDemoPortals(db());
  portalIds = (await db().select({ id: portals.id }).from(portals).orderBy(portals.id)).map((p) => p.id);
});

async function checkAgainstRows(db: Db, rnd: ReturnType<typeof random>) {
  const rows = await db.select().from(requests);
  // Clocks around the rows' times, so the 90 days and the series start on other days of the week.
  for (let i = 0; i < 3; i++) {
    const now = new Date(start + (rnd.int(60) - 30) * DAY + rnd.int(DAY));
    const subsets = [portalIds, [portalIds[0]!], portalIds.slice(1), []];
    for (const ids of subsets) expect(await getDashboardStats(db, { portalIds: ids, now }), `portals ${ids.join(",")} at ${now.toISOString()}`).toEqual(expected(rows, ids, now));
  }
}

/** One random change to the requests, as the app makes them. */
async function change(db: Db, rnd: ReturnType<typeof random>, seq: number) {
  const at = (days: number) => new Date(start + days * DAY + rnd.int(DAY));
  const existing = await db.select().from(requests);
  const r = existing.length > 0 && rnd.next() < 0.5 ? rnd.pick(existing) : undefined;
  await withTransaction(db, async (tx) => {
    if (!r) {
      const status = rnd.pick(REQUEST_STATUSES);
      const receivedAt = at(-rnd.int(140) + 10);
      const closed = ["completed", "rejected", "withdrawn"].includes(status);
      const row: NewDsrRequest = {
        portalId: rnd.pick(portalIds),
        reference: `R-${seq}`,
        type: rnd.pick(TYPES),
        status,
        channel: "web",
        email: `r${seq}@example.com`,
        language: "en",
        receivedAt,
        dueAt: rnd.next() < 0.15 ? null : new Date(receivedAt.getTime() + rnd.int(45) * DAY),
        closedAt: closed && rnd.next() < 0.95 ? new Date(receivedAt.getTime() + rnd.closeMs()) : null,
      };
      await insertRequest(tx, row);
      return;
    }
    const move = (to: RequestStatus, set: Partial<NewDsrRequest> = {}) => updateRequestIfStatus(tx, { id: r.id, from: r.status, set: { status: to, ...set } });
    const kind = rnd.int(9);
    if (kind === 0) await deleteRequest(tx, { id: r.id });
    else if (kind === 1) await erasePersonalData(tx, { id: r.id, now: at(0) });
    else if (kind <= 3) await updateRequestIfStatus(tx, { id: r.id, from: r.status, set: { dueAt: rnd.next() < 0.2 ? null : at(rnd.int(40) - 20) } }); // extended
    else if (r.status === "submitted") await move("open", { verifiedAt: at(0), dueAt: at(rnd.int(30)) });
    else if (ACTIVE_STATUSES.includes(r.status)) {
      const to = rnd.pick<RequestStatus>(["in_progress", "awaiting_requester", "completed", "completed", "rejected", "withdrawn"]);
      const closedAt = new Date(r.receivedAt.getTime() + rnd.closeMs());
      await move(to, ["completed", "rejected", "withdrawn"].includes(to) ? { closedAt } : {});
    } else if (r.status === "completed" || r.status === "rejected") await move("in_progress", { closedAt: null }); // reopened
  });
}

describe("the dashboard's rollups", () => {
  it.each([1, 2, 3])("match the figures computed from the rows after random changes (seed %i)", async (seed) => {
    const rnd = random(seed);
    for (let step = 1; step <= 400; step++) {
      await change(db(), rnd, step);
      if (step % 80 === 0) await checkAgainstRows(db(), rnd);
    }
  }, 60_000);

  it("follow the use cases: recording, starting, completing and rejecting requests", async () => {
    const agent = (await addStaff(db(), "mvsep", "agent")).id;
    const by = { staff: agent };
    const day = (n: number) => new Date(start + n * DAY);
    const record = (n: number) => openRequest(db(), { slug: "mvsep", type: "correction", receivedAt: day(n), by: agent });
    const [a, b, c, d] = [await record(-40), await record(-20), await record(-9), await record(-2)];
    for (const r of [a, b, c]) await startWork(db(), { request: await r.request(), by, now: day(-1) });
    await completeWithResolution(db(), { request: await a.request(), portal: a.portal, resolution: "Corrected", effectiveFrom: null, by, now: day(0), appUrl: APP });
    await completeWithResolution(db(), { request: await c.request(), portal: c.portal, resolution: "Corrected", effectiveFrom: null, by, now: day(0.3), appUrl: APP });
    await rejectRequest(db(), { request: await d.request(), portal: d.portal, reason: "other", message: "Not ours", by, now: day(0), appUrl: APP });
    const rows = await db().select().from(requests);
    for (const now of [day(0.5), day(10), day(45)]) {
      const stats = await getDashboardStats(db(), { portalIds, now });
      expect(stats).toEqual(expected(rows, portalIds, now));
      if (now.getTime() === day(0.5).getTime()) expect(stats).toMatchObject({ open: 1, medianDaysToClose: 24.7 });
    }
  });

  it("are filled from the requests already stored when the migration runs", async () => {
    const rnd = random(4);
    for (let step = 1; step <= 60; step++) await change(db(), rnd, step);
    const kept = async () => ({
      weeks: await db().select().from(requestWeekCounts).where(sql`${requestWeekCounts.received} <> 0 or ${requestWeekCounts.completed} <> 0`).orderBy(requestWeekCounts.portalId, requestWeekCounts.week, requestWeekCounts.type),
      closeTimes: await db().select().from(requestCloseTimes).where(sql`${requestCloseTimes.n} <> 0`).orderBy(requestCloseTimes.portalId, requestCloseTimes.week, requestCloseTimes.tenths),
      open: await db().select().from(requestOpenCounts).where(sql`${requestOpenCounts.n} <> 0`).orderBy(requestOpenCounts.portalId),
    });
    const byTriggers = await kept();
    expect(byTriggers.weeks.length).toBeGreaterThan(0);
    // The migration's own statements that fill the rollups, on emptied rollups.
    await withTransaction(db(), (tx) => rebuildDashboardRollups(tx));
    expect(await kept()).toEqual(byTriggers);
  });
});
