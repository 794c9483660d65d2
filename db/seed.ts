/** `npm run db:seed`: applies pending migrations, then creates the missing demo portals; exits 1 with the reason on failure. */
import { EnvError } from "../lib/env";
import { getDb, migrateDb } from "./client";
import { seedDemoPortals } from "./seed-portals";

try {
  const db = getDb();
  migrateDb(db);
  for (const { slug, created } of seedDemoPortals(db)) console.log(`${slug}: ${created ? "created" : "already present"}`);
} catch (e) {
  console.error(e instanceof EnvError ? e.message : `seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
