/**
 * Each dialect's migrations, applied to an empty database, build exactly the
 * tables and columns its schema file describes: db/migrations/sqlite for
 * db/schema-sqlite.ts, db/migrations/postgres for db/schema-pg.ts.
 */
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { migrate as sqliteMigrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { migrate as pgMigrate } from "drizzle-orm/node-postgres/migrator";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { expect, it } from "vitest";
import { closeDb, migrateDb, openPostgres } from "./client";
import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema-sqlite";
import { createTestDatabase } from "./testing-pg";

const folder = (dialect: "sqlite" | "postgres") => join(process.cwd(), "db", "migrations", dialect);
const journalLength = (dialect: "sqlite" | "postgres") =>
  (JSON.parse(readFileSync(join(folder(dialect), "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;

/** table → its column names, nullability and key, sorted. */
type Columns = Record<string, string[]>;
const describeColumn = (name: string, notNull: boolean) => `${name}${notNull ? " not null" : ""}`;

it("SQLite: db/migrations/sqlite builds db/schema-sqlite.ts in an empty file", () => {
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-migrate-"));
  const client = new Database(join(dir, "fresh.db"));
  try {
    const db = sqliteDrizzle({ client });
    sqliteMigrate(db, { migrationsFolder: folder("sqlite") });
    sqliteMigrate(db, { migrationsFolder: folder("sqlite") }); // a second run applies nothing

    const applied = client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBe(journalLength("sqlite"));

    const actual: Columns = {};
    const tables = client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'").all() as { name: string }[];
    for (const { name } of tables) {
      const columns = client.prepare(`pragma table_info("${name}")`).all() as { name: string; notnull: number; pk: number }[];
      actual[name] = columns.map((c) => describeColumn(c.name, c.notnull === 1 || c.pk > 0)).sort();
    }
    const expected: Columns = {};
    for (const table of Object.values(sqliteSchema as Record<string, unknown>).filter((v): v is SQLiteTable => is(v, SQLiteTable))) {
      const config = sqliteTableConfig(table);
      expected[config.name] = config.columns.map((c) => describeColumn(c.name, c.notNull)).sort();
    }
    expect(actual).toEqual(expected);
  } finally {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it("PostgreSQL: db/migrations/postgres builds db/schema-pg.ts in an empty database", async () => {
  const database = await createTestDatabase({ empty: true });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const db = pgDrizzle({ client });
    await pgMigrate(db, { migrationsFolder: folder("postgres") });
    await pgMigrate(db, { migrationsFolder: folder("postgres") });

    const applied = await client.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
    expect(Number(applied.rows[0]?.n)).toBe(journalLength("postgres"));

    const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string; type: string }>(
      `select table_name, column_name, is_nullable, format_type(a.atttypid, a.atttypmod) as type
         from information_schema.columns c
         join pg_attribute a on a.attrelid = format('public.%I', c.table_name)::regclass and a.attname = c.column_name
        where table_schema = 'public'`,
    );
    const actual: Columns = {};
    for (const r of rows) (actual[r.table_name] ??= []).push(`${describeColumn(r.column_name, r.is_nullable === "NO")} ${r.type}`);
    for (const columns of Object.values(actual)) columns.sort();

    const expected: Columns = {};
    for (const table of Object.values(pgSchema as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable))) {
      const config = pgTableConfig(table);
      expected[config.name] = config.columns
        .map((c) => `${describeColumn(c.name, c.notNull)} ${c.getSQLType().replace("timestamp (3) with time zone", "timestamp(3) with time zone")}`)
        .sort();
    }
    expect(actual).toEqual(expected);

    // The partial index and the unique constraints came through.
    const indexes = await client.query<{ indexname: string; indexdef: string }>("select indexname, indexdef from pg_indexes where schemaname = 'public'");
    const byName = Object.fromEntries(indexes.rows.map((r) => [r.indexname, r.indexdef]));
    expect(byName.requests_closed_erase).toMatch(/WHERE \(erased_at IS NULL\)/);
    expect(byName.retention_bases_portal_key).toMatch(/^CREATE UNIQUE INDEX/);
    expect(byName.requests_reference_unique).toMatch(/^CREATE UNIQUE INDEX/);
  } finally {
    await client.end();
    await database.drop();
  }
});

it("PostgreSQL: instances that start together migrate once, the others waiting on the advisory lock", async () => {
  const database = await createTestDatabase({ empty: true });
  const instances = Array.from({ length: 4 }, () => openPostgres(database.url, { max: 2 }));
  try {
    await Promise.all(instances.map((db) => migrateDb(db)));
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const applied = await client.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
      expect(Number(applied.rows[0]?.n)).toBe(journalLength("postgres"));
      const tables = await client.query<{ n: string }>("select count(*) as n from pg_tables where schemaname = 'public'");
      expect(Number(tables.rows[0]?.n)).toBe(Object.values(pgSchema).filter((t) => is(t, PgTable)).length);
    } finally {
      await client.end();
    }
  } finally {
    for (const db of instances) await closeDb(db);
    await database.drop();
  }
});
