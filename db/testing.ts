import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { closeDb, migrateDb, openDb, type Db } from "./client";

/**
 * A fresh, migrated SQLite file for each test, removed afterwards: integration
 * tests run on the real database, never the developer's.
 */
export function tempDbPerTest(): () => Db {
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
