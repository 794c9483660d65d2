import type { BrowserContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { withTransaction } from "../db/client";
import { getPortalBySlug } from "../db/queries/portals";
import { insertStaffSession } from "../db/queries/staff-sessions";
import { deleteUser, insertUser, setMembership } from "../db/queries/staff";
import type { Role } from "../db/schema";
import { appDb } from "./db";

export type { Role };

/** The Auth.js session cookie over plain http (the e2e server's). */
const COOKIE = "authjs.session-token";

/** Staff members made by the running test, deleted when it ends (`deleteTestStaff`, from the `staffCleanup` fixture). */
let created: string[] | null = null;

/**
 * A staff member made for one test, with roles on the named portals, straight
 * into the server's database through the app's own queries (as epic-stack's
 * fixtures do): tests sign in without clicking through the sign-in page. The
 * member, with their memberships and sessions, is deleted when the test ends.
 */
export async function createStaff(
  roles: Record<string, Role>,
  { name = "Test Staff", passwordHash }: { name?: string; passwordHash?: string } = {},
): Promise<{ id: string; email: string }> {
  if (!created) throw new Error("createStaff runs inside a test that uses `test` from e2e/fixtures.ts, which deletes the member afterwards");
  const registry = created;
  const email = `staff-${randomUUID().slice(0, 8)}@rightsdesk.test`;
  const id = await withTransaction(appDb(), async (tx) => {
    const user = await insertUser(tx, { email, name, passwordHash });
    registry.push(user.id);
    for (const [slug, role] of Object.entries(roles)) {
      const portal = await getPortalBySlug(tx, { slug });
      if (!portal) throw new Error(`no portal ${slug} to make ${email} a member of`);
      await setMembership(tx, { userId: user.id, portalId: portal.id, role });
    }
    return user.id;
  });
  return { id, email };
}

/** Gives a member made by `createStaff` another role on `slug`, as an admin would behind their open page. */
export async function setRole(userId: string, slug: string, role: Role): Promise<void> {
  await withTransaction(appDb(), async (tx) => {
    const portal = await getPortalBySlug(tx, { slug });
    if (!portal) throw new Error(`no portal ${slug}`);
    await setMembership(tx, { userId, portalId: portal.id, role });
  });
}

/** Opens the registry for one test; `createStaff` refuses to run outside one. */
export function startTestStaff(): void {
  created = [];
}

/** Deletes the members the test made; their memberships and sessions go with them (ON DELETE CASCADE). */
export async function deleteTestStaff(): Promise<void> {
  const ids = created ?? [];
  created = null;
  if (ids.length === 0) return;
  await withTransaction(appDb(), async (tx) => {
    for (const id of ids) await deleteUser(tx, { id });
  });
}

/** A session token, and the session row, the server accepts for `user`. */
async function sessionToken(user: { id: string; email: string }): Promise<string> {
  const sid = randomUUID();
  const now = new Date();
  await withTransaction(appDb(), async (tx) => {
    await insertStaffSession(tx, { id: sid, userId: user.id, now, expiresAt: new Date(now.getTime() + 60 * 60 * 1000) });
  });
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
