import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client";
import { deleteEndedStaffSessions, getStaffSession, insertStaffSession, touchStaffSession } from "../../db/queries/staff-sessions";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

const MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;
/** Last-seen is written at most this often, so reading pages costs no write each time. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Starts a session at sign-in and returns its id, the JWT's `sid`. */
export function openStaffSession(db: Db, { userId, now }: { userId: string; now: Date }): string {
  const id = randomBytes(24).toString("base64url");
  db.transaction(
    (tx) => {
      deleteEndedStaffSessions(tx, { userId, now });
      insertStaffSession(tx, { id, userId, now, expiresAt: new Date(now.getTime() + MAX_AGE_MS) });
    },
    { behavior: "immediate" },
  );
  return id;
}

/**
 * Whether session `id` of `userId` is live (not revoked, not expired); a live
 * session's expiry slides with use, as the JWT's does.
 */
export function staffSessionIsLive(db: Db, { id, userId, now }: { id: string; userId: string; now: Date }): boolean {
  const session = getStaffSession(db, { id });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return false;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) touchStaffSession(db, { id, now, expiresAt: new Date(now.getTime() + MAX_AGE_MS) });
  return true;
}
