import { and, eq, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { Executor } from "../client";
import { staffSessions } from "../schema";

export function insertStaffSession(tx: Executor, session: { id: string; userId: string; now: Date; expiresAt: Date }) {
  tx.insert(staffSessions)
    .values({ id: session.id, userId: session.userId, createdAt: session.now, lastSeenAt: session.now, expiresAt: session.expiresAt })
    .run();
}

export function getStaffSession(db: Executor, { id }: { id: string }) {
  return db.select().from(staffSessions).where(eq(staffSessions.id, id)).get();
}

export function touchStaffSession(tx: Executor, { id, now, expiresAt }: { id: string; now: Date; expiresAt: Date }) {
  tx.update(staffSessions).set({ lastSeenAt: now, expiresAt }).where(eq(staffSessions.id, id)).run();
}

/** Revokes one session of `userId` (a session id alone is not enough to end someone else's). */
export function revokeStaffSession(tx: Executor, { id, userId, at }: { id: string; userId: string; at: Date }) {
  tx.update(staffSessions)
    .set({ revokedAt: at })
    .where(and(eq(staffSessions.id, id), eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)))
    .run();
}

/** "Sign out everywhere": every live session of the member. */
export function revokeStaffSessionsOf(tx: Executor, { userId, at }: { userId: string; at: Date }): number {
  return tx
    .update(staffSessions)
    .set({ revokedAt: at })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)))
    .run().changes;
}

/** A missing row is refused like a revoked one, so ended sessions need not be kept. */
export function deleteEndedStaffSessions(tx: Executor, { userId, now }: { userId: string; now: Date }) {
  tx.delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), or(isNotNull(staffSessions.revokedAt), lte(staffSessions.expiresAt, now))))
    .run();
}
