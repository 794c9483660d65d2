import type { Db } from "./client";
import { getUserByEmail, insertUser, setMembership } from "./queries/staff";
import { portals } from "./schema";
import { generatePassword, hashPassword } from "../lib/password";

export const DEMO_ADMIN_EMAIL = "admin@rightsdesk.local";

/**
 * The quick start's one staff member: admin of every portal. Created once with
 * a random password, which is returned (to print) only that time.
 */
export async function seedDemoAdmin(db: Db): Promise<{ email: string; password?: string }> {
  if (getUserByEmail(db, { email: DEMO_ADMIN_EMAIL })) return { email: DEMO_ADMIN_EMAIL };
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const user = insertUser(tx, { email: DEMO_ADMIN_EMAIL, name: "Demo admin", passwordHash });
    for (const { id } of tx.select({ id: portals.id }).from(portals).all()) setMembership(tx, { userId: user.id, portalId: id, role: "admin" });
  });
  return { email: DEMO_ADMIN_EMAIL, password };
}
