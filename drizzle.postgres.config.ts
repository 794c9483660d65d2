/**
 * drizzle-kit for PostgreSQL: `npx drizzle-kit generate --config drizzle.postgres.config.ts --name <change>`.
 * Generating needs no server; db/schema-pg.ts must stay the twin of db/schema-sqlite.ts (db/schema-equality.test.ts).
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations/postgres",
});
