import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { calendarFeeds, type CalendarFeed } from "../schema";

/** Revokes the member's live feeds, then stores the new one's hash: at most one live feed per member. */
export async function replaceCalendarFeed(tx: Tx, { userId, hash, now }: { userId: string; hash: string; now: Date }): Promise<CalendarFeed> {
  await revokeCalendarFeeds(tx, { userId, now });
  const [row] = await tx.insert(calendarFeeds).values({ userId, hash, createdAt: now }).returning();
  return row!;
}

/** How many live feeds were revoked (0 or 1). */
export async function revokeCalendarFeeds(tx: Tx, { userId, now }: { userId: string; now: Date }): Promise<number> {
  const rows = await tx
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.length;
}

export async function getLiveCalendarFeed(db: Executor, { userId }: { userId: string }): Promise<Omit<CalendarFeed, "hash"> | undefined> {
  const [row] = await db
    .select({ id: calendarFeeds.id, userId: calendarFeeds.userId, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt, revokedAt: calendarFeeds.revokedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

export async function findLiveCalendarFeed(db: Executor, { hash }: { hash: string }): Promise<CalendarFeed | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.hash, hash), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** Records a use, unless one was recorded since `since`: calendar apps poll every few minutes. */
export async function touchCalendarFeed(tx: Tx, { id, now, since }: { id: number; now: Date; since: Date }): Promise<void> {
  await tx
    .update(calendarFeeds)
    .set({ lastUsedAt: now })
    .where(and(eq(calendarFeeds.id, id), or(isNull(calendarFeeds.lastUsedAt), lt(calendarFeeds.lastUsedAt, since))));
}
