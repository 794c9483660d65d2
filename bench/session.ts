/**
 * A signed-in staff session for the queue measure: a live `staff_sessions`
 * row for the demo admin (admin of every portal) and the Auth.js cookie the
 * server accepts for it, as e2e/staff.ts signs tests in. No password, no
 * sign-in page: its scrypt would only add noise to the figures.
 */
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { withTransaction, type Db } from "../db/client";
import { insertStaffSession } from "../db/queries/staff-sessions";
import { getUserByEmail } from "../db/queries/staff";
import { DEMO_ADMIN_EMAIL } from "../db/seed-staff";

export const SESSION_COOKIE = "authjs.session-token";

export async function staffCookie(db: Db, secret: string): Promise<string> {
  const user = (await getUserByEmail(db, { email: DEMO_ADMIN_EMAIL }))!;
  const sid = randomUUID();
  const now = new Date();
  await withTransaction(db, (tx) => insertStaffSession(tx, { id: sid, userId: user.id, now, expiresAt: new Date(now.getTime() + 6 * 3_600_000) }));
  const token = await encode({ token: { sub: user.id, email: user.email, sid }, secret, salt: SESSION_COOKIE, maxAge: 6 * 3600 });
  return `${SESSION_COOKIE}=${token}`;
}
