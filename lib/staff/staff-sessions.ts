import "server-only";
import { randomBytes } from "node:crypto";
import { withTransaction, type Db } from "../../db/client";
import { deleteEndedStaffSessions, getStaffSession, insertStaffSession, touchStaffSession } from "../../db/queries/staff-sessions";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

const MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;
/** Last-seen is written at most this often, so reading pages costs no write each time. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Starts a session at sign-in and returns its id, the JWT's `sid`. */
export async function openStaffSession(db: Db, { userId, now }: { userId: string; now: Date }): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await withTransaction(db, async (tx) => {
    await deleteEndedStaffSessions(tx, { userId, now });
    await insertStaffSession(tx, { id, userId, now, expiresAt: new Date(now.getTime() + MAX_AGE_MS) });
  });
  return id;
}

/**
 * Whether session `id` of `userId` is live (not revoked, not expired); a live
 * session's expiry slides with use, as the JWT's does.
 */
export async function staffSessionIsLive(db: Db, { id, userId, now }: { id: string; userId: string; now: Date }): Promise<boolean> {
  const session = await getStaffSession(db, { id });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return false;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await withTransaction(db, (tx) => touchStaffSession(tx, { id, now, expiresAt: new Date(now.getTime() + MAX_AGE_MS) }));
  }
  return true;
}
