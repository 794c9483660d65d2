import "server-only";
import { and, eq, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { staffSessions } from "../schema";

export async function insertStaffSession(tx: Tx, session: { id: string; userId: string; now: Date; expiresAt: Date }): Promise<void> {
  await tx.insert(staffSessions).values({ id: session.id, userId: session.userId, createdAt: session.now, lastSeenAt: session.now, expiresAt: session.expiresAt });
}

export async function getStaffSession(db: Executor, { id }: { id: string }) {
  return (await db.select().from(staffSessions).where(eq(staffSessions.id, id)).limit(1))[0];
}

export async function touchStaffSession(tx: Tx, { id, now, expiresAt }: { id: string; now: Date; expiresAt: Date }): Promise<void> {
  await tx.update(staffSessions).set({ lastSeenAt: now, expiresAt }).where(eq(staffSessions.id, id));
}

/** Revokes one session of `userId` (a session id alone is not enough to end someone else's). */
export async function revokeStaffSession(tx: Tx, { id, userId, at }: { id: string; userId: string; at: Date }): Promise<void> {
  await tx
    .update(staffSessions)
    .set({ revokedAt: at })
    .where(and(eq(staffSessions.id, id), eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)));
}

/** "Sign out everywhere": every live session of the member. Returns how many it ended. */
export async function revokeStaffSessionsOf(tx: Tx, { userId, at }: { userId: string; at: Date }): Promise<number> {
  const revoked = await tx
    .update(staffSessions)
    .set({ revokedAt: at })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)))
    .returning({ id: staffSessions.id });
  return revoked.length;
}

/** A missing row is refused like a revoked one, so ended sessions need not be kept. */
export async function deleteEndedStaffSessions(tx: Tx, { userId, now }: { userId: string; now: Date }): Promise<void> {
  await tx.delete(staffSessions).where(and(eq(staffSessions.userId, userId), or(isNotNull(staffSessions.revokedAt), lte(staffSessions.expiresAt, now))));
}
