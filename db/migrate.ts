/** `npm run db:migrate`: applies pending migrations; exits 1 with the reason on failure. */
import { env, EnvError } from "../lib/env";
import { migrateDb } from "./client";

try {
  migrateDb();
  console.log(`database ready: ${env().DATABASE_PATH}`);
} catch (e) {
  console.error(e instanceof EnvError ? e.message : `migration failed: ${(e as Error).message}`);
  process.exit(1);
}
