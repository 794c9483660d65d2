import "server-only";
import { getDb, withTransaction, type Db } from "../../db/client";
import { findLiveCalendarFeed, getLiveCalendarFeed, replaceCalendarFeed, revokeCalendarFeeds, touchCalendarFeed } from "../../db/queries/calendar-feeds";
import { getUserById, listMemberships } from "../../db/queries/staff";
import { listCalendarDates } from "../../db/views/calendar";
import { staffEmailLanguage } from "../staff/language-choice";
import { hashToken, looksLikeToken, newToken } from "../verification";
import { calendarText } from "./ics";

const DAY = 86_400_000;
/** Recent past (overdue work stays visible) to a little over a year ahead (a year's retention ends). */
const PAST_DAYS = 30;
const AHEAD_DAYS = 400;
/** Per kind of date: a feed stays small enough for any calendar app however large the desk. */
const EVENTS_PER_KIND = 1_000;
const TOUCH_EVERY_MS = 60 * 60 * 1000;

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The feed's path; its secret ends in `.ics`, which some calendar apps want to see. */
export const calendarFeedPath = (token: string) => `/calendar/${token}.ics`;

/** A new secret feed address for the member; the old one, if any, stops working in the same transaction. */
export async function createCalendarFeed(db: Db, { userId, now }: { userId: string; now: Date }): Promise<{ token: string }> {
  const { token, hash } = newToken();
  await withTransaction(db, (tx) => replaceCalendarFeed(tx, { userId, hash, now }));
  return { token };
}

export async function revokeCalendarFeed(db: Db, { userId, now }: { userId: string; now: Date }): Promise<"revoked" | "none"> {
  return (await withTransaction(db, (tx) => revokeCalendarFeeds(tx, { userId, now }))) > 0 ? "revoked" : "none";
}

/** What the member's calendar page shows: when the live address was made and last fetched. */
export async function calendarFeedState(db: Db, { userId }: { userId: string }) {
  return getLiveCalendarFeed(db, { userId });
}

/** For the member's calendar page. */
export function myCalendarFeed(userId: string) {
  return calendarFeedState(getDb(), { userId });
}

/**
 * The iCalendar text for a feed secret, or undefined for a malformed, unknown or
 * revoked one (the route answers all three alike). The member's portals are read
 * on every fetch, so leaving a portal takes its dates out of the feed at once.
 */
export async function calendarFeed(db: Db, { token, now, appUrl }: { token: string; now: Date; appUrl: string }): Promise<string | undefined> {
  if (!looksLikeToken(token)) return undefined;
  const feed = await findLiveCalendarFeed(db, { hash: hashToken(token) });
  if (!feed) return undefined;
  const user = await getUserById(db, { id: feed.userId });
  if (!user) return undefined;
  const memberships = await listMemberships(db, { userId: user.id });
  const dates = await listCalendarDates(db, {
    portalIds: memberships.map((m) => m.portalId),
    from: day(new Date(now.getTime() - PAST_DAYS * DAY)),
    to: day(new Date(now.getTime() + AHEAD_DAYS * DAY)),
    limit: EVENTS_PER_KIND,
  });
  await withTransaction(db, (tx) => touchCalendarFeed(tx, { id: feed.id, now, since: new Date(now.getTime() - TOUCH_EVERY_MS) }));
  // No browser asks for a feed: the member's own pick, else English, as for their emails.
  return calendarText(dates, { language: staffEmailLanguage(user.language), appUrl, now });
}
