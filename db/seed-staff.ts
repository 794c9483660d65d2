import "server-only";
import { withTransaction, type Db } from "./client";
import { getUserByEmail, insertUser, setMembership } from "./queries/staff";
import { portals } from "./schema";

export const DEMO_ADMIN_EMAIL = "admin@rightsdesk.local";

/**
 * The quick start's one staff member: admin of every portal. Created once with
 * a new password from `newPassword` (db/ does no hashing of its own), which is
 * returned (to print) only that time.
 */
export async function seedDemoAdmin(
  db: Db,
  newPassword: () => Promise<{ password: string; passwordHash: string }>,
): Promise<{ email: string; password?: string }> {
  if (await getUserByEmail(db, { email: DEMO_ADMIN_EMAIL })) return { email: DEMO_ADMIN_EMAIL };
  const { password, passwordHash } = await newPassword();
  await withTransaction(db, async (tx) => {
    const user = await insertUser(tx, { email: DEMO_ADMIN_EMAIL, name: "Demo admin", passwordHash });
    for (const { id } of await tx.select({ id: portals.id }).from(portals)) await setMembership(tx, { userId: user.id, portalId: id, role: "admin" });
  });
  return { email: DEMO_ADMIN_EMAIL, password };
}
