/** A second file using the PostgreSQL harness: its own database, untouched by db/pg-harness.test.ts. */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { recordDatabase } from "../test/pg-harness-check";
import { portals } from "./schema-pg";
import { pgDatabasePerFile, pgDatabasePerTest } from "./testing-pg";

const perFile = pgDatabasePerFile();
const perTest = pgDatabasePerTest();
const seen: string[] = [];

it("gets a database of its own, not the other file's", async () => {
  const { db, name } = perFile();
  const { rows } = await db.execute<{ db: string }>(sql`select current_database() as db`);
  expect(rows[0]?.db).toBe(name);
  const others = await recordDatabase("pg-harness-2", name);
  for (const other of others) expect(other.database).not.toBe(name);
  expect(await db.$count(portals)).toBe(0);
  seen.push(perTest().name);
});

it("gives each test a fresh database with pgDatabasePerTest", async () => {
  expect(perTest().name).not.toBe(seen[0]);
  expect(perTest().name).not.toBe(perFile().name);
  expect(await perTest().db.$count(portals)).toBe(0);
});
