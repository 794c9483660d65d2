import { sql } from "drizzle-orm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { closeDb, migrateDb, openDb, openPostgres, rawRows, rawRun, withTransaction, type Db } from "./client";
import { engineFromEnv } from "./engine";
import { createTestDatabase, type TestDatabase } from "./testing-pg";

/**
 * A fresh, migrated database for each test, on the engine of the vitest
 * project (vitest.config.mts): a SQLite file removed afterwards, or on
 * PostgreSQL a database of the file's own, copied from the run's migrated
 * template and emptied before each test. Integration tests run on the real
 * database, never the developer's.
 */
export function tempDbPerTest(): () => Db {
  return engineFromEnv() === "postgres" ? postgresPerTest() : sqlitePerTest();
}

function sqlitePerTest(): () => Db {
  let dir: string;
  let db: Db;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "rightsdesk-test-"));
    db = openDb(join(dir, "test.db"));
    await migrateDb(db);
  });
  afterEach(async () => {
    await closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  });
  return () => db;
}

function postgresPerTest(): () => Db {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = openPostgres(database.url, { max: 5 });
  });
  beforeEach(async () => {
    // Every table at once, ids from 1 again: as clean as a new file, at a fraction of a copy's cost.
    await withTransaction(db, async (tx) => {
      const tables = await rawRows<{ name: string }>(tx, sql`select tablename as name from pg_tables where schemaname = 'public'`);
      await rawRun(tx, sql.raw(`truncate ${tables.map((t) => `"${t.name}"`).join(", ")} restart identity cascade`));
    });
  });
  afterAll(async () => {
    await closeDb(db);
    await database.drop();
  });
  return () => db;
}
