/** drizzle-kit for embedded SQLite: `npx drizzle-kit generate --config drizzle.sqlite.config.ts --name <change>`. */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema-sqlite.ts",
  out: "./db/migrations/sqlite",
});
