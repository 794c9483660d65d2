/**
 * `npm run db:seed`: applies pending migrations, creates the missing demo portals
 * (and upgrades the ones nobody has edited) and the demo admin (printing its password the one time it is created); exits 1
 * with the reason on failure.
 */
import { env, EnvError } from "../lib/env";
import { getDb, migrateDb } from "./client";
import { seedDemoPortals } from "./seed-portals";
import { seedDemoAdmin } from "./seed-staff";

async function main() {
  const db = getDb();
  migrateDb(db);
  for (const { slug, created, upgraded } of seedDemoPortals(db)) console.log(`${slug}: ${created ? "created" : upgraded ? "upgraded to the current seed" : "already present"}`);
  const admin = await seedDemoAdmin(db);
  if (admin.password) {
    console.log(`\nStaff sign-in at ${env().APP_URL}/staff/sign-in — ${admin.email} / ${admin.password}\n(shown once; it is stored only as a hash)\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof EnvError ? e.message : `seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
