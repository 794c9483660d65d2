/** `npm run db:migrate`: applies pending migrations; exits 1 with the reason on failure. */
import { getDb, migrateDb } from "../db/client";
import { env, EnvError } from "../lib/env";

migrateDb(getDb()).then(
  () => console.log(`database ready: ${env().DATABASE_PATH}`),
  (e: unknown) => {
    console.error(e instanceof EnvError ? e.message : `migration failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
