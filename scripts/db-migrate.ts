/** `npm run db:migrate`: applies pending migrations; exits 1 with the reason on failure. */
import { getDb, migrateDb } from "../db/client";
import { env, EnvError } from "../lib/env";

async function main() {
  const { DATABASE_URL, DATABASE_PATH } = env();
  await migrateDb(getDb());
  // The URL may carry a password: name the database, not the whole address.
  console.log(`database ready: ${DATABASE_URL ? `PostgreSQL ${new URL(DATABASE_URL).pathname.slice(1)} on ${new URL(DATABASE_URL).host}` : DATABASE_PATH}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof EnvError ? e.message : `migration failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
