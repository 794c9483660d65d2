/**
 * `npm run db:seed`: applies pending migrations, creates the missing demo portals
 * (and upgrades the ones nobody has edited) and the demo admin (printing its
 * password the one time it is created); exits 1 with the reason on failure.
 */
import { getDb, lockForTransaction, migrateDb, withTransaction } from "../db/client";
import { seedDemoPortals } from "../db/seed-portals";
import { seedDemoAdmin } from "../db/seed-staff";
import { env, EnvError } from "../lib/env";
import { generatePassword, hashPassword } from "../lib/password";

/** Any fixed number: the key of the advisory lock seeding runs under. */
const SEED_LOCK = 7_140_229;

async function main() {
  const { APP_URL } = env();
  const db = getDb();
  await migrateDb(db);
  // Instances starting together on one PostgreSQL database seed one at a time: the second finds
  // the portals and the admin there (on SQLite the one writer already takes turns).
  const admin = await withTransaction(db, async (tx) => {
    await lockForTransaction(tx, SEED_LOCK, 0);
    for (const { slug, created, upgraded } of await seedDemoPortals(db)) console.log(`${slug}: ${created ? "created" : upgraded ? "upgraded to the current seed" : "already present"}`);
    return seedDemoAdmin(db, async () => {
      const password = generatePassword();
      return { password, passwordHash: await hashPassword(password) };
    });
  });
  if (admin.password) {
    console.log(`\nStaff sign-in at ${APP_URL}/staff/sign-in — ${admin.email} / ${admin.password}\n(shown once; it is stored only as a hash)\n`);
  }
}

// A PostgreSQL pool would keep the process alive: the seed is done, so is the process.
main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof EnvError ? e.message : `seeding failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
