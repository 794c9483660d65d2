import type { BrowserContext } from "@playwright/test";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";

/** The Auth.js session cookie over plain http (the e2e server's). */
const COOKIE = "authjs.session-token";

export type Role = "admin" | "agent" | "viewer";

/**
 * A staff member made for one test, with roles on the named portals, straight
 * into the server's database (as epic-stack's fixtures do): tests sign in
 * without clicking through the sign-in page.
 */
export function createStaff(roles: Record<string, Role>, name = "Test Staff"): { id: string; email: string } {
  const db = new Database(process.env.RIGHTSDESK_E2E_DB!);
  try {
    const id = randomUUID();
    const email = `staff-${id.slice(0, 8)}@rightsdesk.test`;
    db.prepare("insert into user (id, name, email) values (?, ?, ?)").run(id, name, email);
    for (const [slug, role] of Object.entries(roles)) {
      db.prepare("insert into memberships (user_id, portal_id, role) select ?, id, ? from portals where slug = ?").run(id, role, slug);
    }
    return { id, email };
  } finally {
    db.close();
  }
}

/** A session token, and the session row, the server accepts for `user`. */
async function sessionToken(user: { id: string; email: string }): Promise<string> {
  const sid = randomUUID();
  const db = new Database(process.env.RIGHTSDESK_E2E_DB!);
  try {
    db.prepare("insert into staff_sessions (id, user_id, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)").run(sid, user.id, Date.now(), Date.now(), Date.now() + 60 * 60 * 1000);
  } finally {
    db.close();
  }
  return encode({
    token: { sub: user.id, email: user.email, sid },
    secret: process.env.RIGHTSDESK_E2E_AUTH_SECRET!,
    salt: COOKIE,
    maxAge: 60 * 60,
  });
}

/** Signs the browser context in as `user` with a session token the server accepts. */
export async function signInAs(context: BrowserContext, user: { id: string; email: string }) {
  const token = await sessionToken(user);
  await context.addCookies([{ name: COOKIE, value: token, url: `http://localhost:${process.env.RIGHTSDESK_E2E_PORT}`, httpOnly: true, sameSite: "Lax" }]);
}

/** The Cookie header of a signed-in `user`, for requests sent without a browser. */
export async function sessionCookie(user: { id: string; email: string }): Promise<string> {
  return `${COOKIE}=${await sessionToken(user)}`;
}
