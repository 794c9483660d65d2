import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { Executor } from "../client";
import { deletionOutcomes, isActiveStatus, portals, requests } from "../schema";
import type { RequestType } from "../../lib/deadlines";

/** One dated thing a staff member's calendar shows, with what names it (never the requester). */
export interface CalendarDate {
  kind: "due" | "extension-notice" | "refusal-by" | "retention-ends";
  /** YYYY-MM-DD, a day in the portal's time zone as the deadline engine gave it. */
  date: string;
  requestId: number;
  reference: string;
  type: RequestType;
  portalName: string;
  /** For retention ends: the kept category and its outcome row, which names the event. */
  category?: string;
  outcomeId?: number;
}

export interface CalendarWindow {
  portalIds: number[];
  /** YYYY-MM-DD bounds, both included. */
  from: string;
  to: string;
  /** Per kind, soonest first: a feed stays small whatever the desk's size. */
  limit: number;
}

const DAY = 86_400_000;
/** Instants certainly before / after a calendar day anywhere on Earth (UTC−12 to UTC+14). */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - DAY);
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 2 * DAY);

/**
 * The due dates and extension-notice days of work in hand, the days by which a
 * refusal must be sent in writing where the law sets it a period of its own
 * (ZRU-547 art. 21), and the ends of retention periods not yet purged, on the
 * member's portals within the window.
 */
export async function listCalendarDates(db: Executor, { portalIds, from, to, limit }: CalendarWindow): Promise<CalendarDate[]> {
  if (portalIds.length === 0) return [];
  const request = { requestId: requests.id, reference: requests.reference, type: requests.type, portalName: portals.name };
  const active = and(inArray(requests.portalId, portalIds), isActiveStatus(requests.status));
  const [due, notices, refusals, retention] = await Promise.all([
    db
      .select({ ...request, date: requests.dueDate })
      .from(requests)
      .innerJoin(portals, eq(portals.id, requests.portalId))
      // The due instant's range first, for the active-requests index; the day then in the portal's zone.
      .where(and(active, gte(requests.dueAt, dayBefore(from)), lte(requests.dueAt, dayAfter(to)), gte(requests.dueDate, from), lte(requests.dueDate, to)))
      .orderBy(asc(requests.dueAt), asc(requests.id))
      .limit(limit),
    db
      .select({ ...request, date: requests.extensionNoticeBy })
      .from(requests)
      .innerJoin(portals, eq(portals.id, requests.portalId))
      .where(and(active, isNull(requests.extendedAt), gte(requests.extensionNoticeBy, from), lte(requests.extensionNoticeBy, to)))
      .orderBy(asc(requests.extensionNoticeBy), asc(requests.id))
      .limit(limit),
    db
      .select({ ...request, date: requests.refusalBy })
      .from(requests)
      .innerJoin(portals, eq(portals.id, requests.portalId))
      .where(and(active, gte(requests.refusalBy, from), lte(requests.refusalBy, to)))
      .orderBy(asc(requests.refusalBy), asc(requests.id))
      .limit(limit),
    db
      .select({ ...request, date: deletionOutcomes.keepUntil, category: deletionOutcomes.category, outcomeId: deletionOutcomes.id })
      .from(deletionOutcomes)
      .innerJoin(requests, eq(requests.id, deletionOutcomes.requestId))
      .innerJoin(portals, eq(portals.id, deletionOutcomes.portalId))
      .where(
        and(
          inArray(deletionOutcomes.portalId, portalIds),
          eq(deletionOutcomes.kept, true),
          isNull(deletionOutcomes.purgedAt),
          gte(deletionOutcomes.keepUntil, from),
          lte(deletionOutcomes.keepUntil, to),
        ),
      )
      .orderBy(asc(deletionOutcomes.keepUntil), asc(deletionOutcomes.id))
      .limit(limit),
  ]);
  return [
    ...due.map((row) => ({ ...row, kind: "due" as const, date: row.date! })),
    ...notices.map((row) => ({ ...row, kind: "extension-notice" as const, date: row.date! })),
    ...refusals.map((row) => ({ ...row, kind: "refusal-by" as const, date: row.date! })),
    ...retention.map((row) => ({ ...row, kind: "retention-ends" as const, date: row.date! })),
  ];
}
