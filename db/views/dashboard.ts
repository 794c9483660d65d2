import "server-only";
import { and, between, count, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { RequestType } from "../../lib/deadlines";
import type { Executor } from "../client";
import { requests, type RequestStatus } from "../schema";
import { ACTIVE_STATUSES } from "./queue";

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The window of the on-time rate and the median; it also covers the weekly series. */
const RECENT_DAYS = 90;
export const SERIES_WEEKS = 12;

/**
 * Every status a verified request can be in. Listed rather than "not submitted"
 * so SQLite can use the status indexes; "expired" is left out because only
 * unverified requests expire.
 */
export const VERIFIED_STATUSES: RequestStatus[] = [...ACTIVE_STATUSES, "completed", "rejected", "withdrawn"];

export type TypeCounts = Partial<Record<RequestType, number>>;

export interface WeekCounts {
  /** Monday 00:00 UTC. */
  start: Date;
  received: TypeCounts;
  completed: TypeCounts;
}

export interface DashboardStats {
  open: number;
  overdue: number;
  dueThisWeek: number;
  /** Share of requests completed in the last 90 days that closed by their due time, in whole per cent. */
  onTimePercent: number | null;
  /** Median of received → closed over requests completed in the last 90 days, in days to one decimal. */
  medianDaysToClose: number | null;
  /** The last 12 weeks, oldest first; the last one is the current, partial week. */
  weeks: WeekCounts[];
}

/** The staff dashboard's figures for the portals a member can see, as of `now`. */
export async function getDashboardStats(db: Executor, { portalIds, now }: { portalIds: number[]; now: Date }): Promise<DashboardStats> {
  const seriesStart = weekStart(now).getTime() - (SERIES_WEEKS - 1) * WEEK;
  const weeks: WeekCounts[] = Array.from({ length: SERIES_WEEKS }, (_, i) => ({ start: new Date(seriesStart + i * WEEK), received: {}, completed: {} }));
  if (portalIds.length === 0) return { open: 0, overdue: 0, dueThisWeek: 0, onTimePercent: null, medianDaysToClose: null, weeks };

  const [queue, received, completed] = await Promise.all([
    countQueue(db, portalIds, now),
    countReceivedByWeek(db, portalIds, seriesStart),
    listCompletedSince(db, portalIds, now.getTime() - RECENT_DAYS * DAY),
  ]);
  for (const { type, week, n } of received) addTo(weeks[week]?.received, type, n);

  // The 90 days reach back further than the series: earlier completions count only in the rates.
  for (const { type, closedAt } of completed) addTo(weeks[Math.floor((closedAt - seriesStart) / WEEK)]?.completed, type, 1);
  const onTime = completed.filter((r) => r.onTime).length;
  return {
    ...queue,
    onTimePercent: completed.length === 0 ? null : Math.round((onTime / completed.length) * 100),
    medianDaysToClose: median(completed.map((r) => r.closedAt - r.receivedAt.getTime())),
    weeks,
  };
}

/** Reads only the portals' active rows of `requests_queue`, which holds every column needed. */
async function countQueue(db: Executor, portalIds: number[], now: Date) {
  // CASE over drizzle's comparisons, which bind the Dates as each engine stores instants
  // (integer milliseconds on SQLite, timestamptz on PostgreSQL); sums come back as strings on PostgreSQL.
  const tally = (condition: SQL | undefined) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
  const [row] = await db
    .select({
      open: count(),
      overdue: tally(lt(requests.dueAt, now)),
      dueThisWeek: tally(between(requests.dueAt, now, new Date(now.getTime() + WEEK))),
    })
    .from(requests)
    .where(and(inArray(requests.portalId, portalIds), inArray(requests.status, ACTIVE_STATUSES)));
  return row!; // an aggregate without GROUP BY always returns its one row
}

/**
 * Like the next query, led by portal and status so `requests_queue` keeps it to
 * these portals' rows; `requests_status_received` would bound the dates but walk
 * every portal's.
 */
async function countReceivedByWeek(db: Executor, portalIds: number[], since: number) {
  // The week's index in the series, by comparing with each week's start rather than by arithmetic
  // on the stored instant, whose type differs per engine; the filter leaves out anything before week 0.
  const later = Array.from({ length: SERIES_WEEKS - 1 }, (_, i) => SERIES_WEEKS - 1 - i);
  const cases = later.map((i) => sql`when ${gte(requests.receivedAt, new Date(since + i * WEEK))} then ${sql.raw(String(i))}`);
  const week = sql<number>`case ${sql.join(cases, sql` `)} else 0 end`.mapWith(Number).as("week");
  return db
    .select({ type: requests.type, week, n: count() })
    .from(requests)
    .where(and(inArray(requests.portalId, portalIds), inArray(requests.status, VERIFIED_STATUSES), gte(requests.receivedAt, new Date(since))))
    .groupBy(requests.type, sql`week`)
    .orderBy(requests.type, sql`week`);
}

/** Completed requests closed since `since`, with what the rates and the series need. */
async function listCompletedSince(db: Executor, portalIds: number[], since: number) {
  const rows = await db
    .select({ type: requests.type, receivedAt: requests.receivedAt, closedAt: requests.closedAt, dueAt: requests.dueAt })
    .from(requests)
    .where(and(inArray(requests.portalId, portalIds), eq(requests.status, "completed"), gte(requests.closedAt, new Date(since))))
    .orderBy(requests.id);
  return rows.map(({ type, receivedAt, closedAt, dueAt }) => {
    // Never null here: the filter above requires it.
    const closed = closedAt!.getTime();
    // A request with no due time counts as not on time: there is nothing to show it was.
    return { type, receivedAt, closedAt: closed, onTime: dueAt !== null && closed <= dueAt.getTime() };
  });
}

/** Monday 00:00 UTC of the week holding `at`. UTC, because one member may serve portals in several time zones. */
function weekStart(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return new Date(midnight - ((at.getUTCDay() + 6) % 7) * DAY);
}

function addTo(counts: TypeCounts | undefined, type: RequestType, n: number) {
  if (counts) counts[type] = (counts[type] ?? 0) + n;
}

function median(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = durations.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  const ms = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round((ms / DAY) * 10) / 10;
}
