/**
 * `npm run db:seed`: applies pending migrations, creates the missing demo portals
 * (and upgrades the ones nobody has edited) and the demo admin (printing its
 * password the one time it is created); exits 1 with the reason on failure.
 */
import { getDb, migrateDb } from "../db/client";
import { seedDemo } from "../db/seed-demo";
import { env, EnvError } from "../lib/env";
import { generatePassword, hashPassword } from "../lib/password";

async function main() {
  const { APP_URL } = env();
  const db = getDb();
  await migrateDb(db);
  const { portals, admin } = await seedDemo(db, async () => {
    const password = generatePassword();
    return { password, passwordHash: await hashPassword(password) };
  });
  for (const { slug, created, upgraded } of portals) console.log(`${slug}: ${created ? "created" : upgraded ? "upgraded to the current seed" : "already present"}`);
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
