import "server-only";
import { lockForTransaction, withTransaction, type Db } from "./client";
import { seedDemoPortals, type SeedOutcome } from "./seed-portals";
import { seedDemoAdmin } from "./seed-staff";

/** Any fixed number: the key of the advisory lock seeding runs under. */
const SEED_LOCK = 7_140_229;

/**
 * The demo portals and their admin, in one transaction. Instances starting
 * together on one PostgreSQL database seed one at a time: the second finds the
 * portals and the admin there (on SQLite the one writer already takes turns).
 */
export function seedDemo(
  db: Db,
  newPassword: () => Promise<{ password: string; passwordHash: string }>,
): Promise<{ portals: SeedOutcome[]; admin: { email: string; password?: string } }> {
  return withTransaction(db, async (tx) => {
    await lockForTransaction(tx, SEED_LOCK, 0);
    const portals = await seedDemoPortals(db);
    return { portals, admin: await seedDemoAdmin(db, newPassword) };
  });
}
