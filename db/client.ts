import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { env } from "../lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

let db: Db | undefined;

/**
 * The one database connection, opened on first use, never at import: `next
 * build` imports route modules, and must not create a database as it does.
 */
export function getDb(): Db {
  db ??= openDb(env().DATABASE_PATH);
  return db;
}

export function openDb(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

/** Applies the generated migrations in db/migrations (paths are relative to the project root). */
export function migrateDb(target: Db = getDb()) {
  migrate(target, { migrationsFolder: join(process.cwd(), "db", "migrations") });
}

/** The database or a transaction on it: queries that must join a caller's transaction take this. */
export type Executor = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
