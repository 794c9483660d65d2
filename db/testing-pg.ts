/**
 * PostgreSQL for tests. `npm test`'s vitest run starts one throwaway cluster
 * (test/pg-global-setup.ts) with a migrated template database; a test file
 * asks for a database of its own, copied from that template:
 *
 *   const pg = pgDatabasePerFile();          // or pgDatabasePerTest()
 *   it("…", async () => { await pg().db.select().from(portals); });
 *
 * `pg()` gives `{ url, db, pool }`: the database's URL (for a child process or
 * a server under test), a drizzle database over db/schema-pg.ts, and its pool.
 * The database is dropped afterwards. `createTestDatabase()` is the same by hand.
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { randomBytes } from "node:crypto";
import { Client, Pool } from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import * as schema from "./schema-pg";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster's `postgres` database. */
    pgAdminUrl: string;
    /** The migrated template each test database is copied from. */
    pgTemplate: string;
  }
}

export type PgTestDb = NodePgDatabase<typeof schema> & { $client: Pool };

export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

function urlOf(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new database on the test cluster: migrated and without rows, or with `{ empty: true }` without any table (to test migrations). */
export async function createTestDatabase({ empty = false }: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  if (!adminUrl) throw new Error("No test PostgreSQL: vitest.config.mts must list test/pg-global-setup.ts in globalSetup.");
  const name = `test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(6).toString("hex")}`;
  await admin(async (client) => {
    // PostgreSQL 15's default copies a template through the WAL; copying its files is about twice as fast here.
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    const strategy = Number(rows[0]?.v) >= 150000 ? " STRATEGY FILE_COPY" : "";
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${empty ? "template0" : inject("pgTemplate")}"${strategy}`);
  });
  return {
    name,
    url: urlOf(adminUrl, name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export interface PgTestHandle {
  url: string;
  name: string;
  db: PgTestDb;
  pool: Pool;
}

function lifecycle(before: (fn: () => Promise<void>) => void, after: (fn: () => Promise<void>) => void): () => PgTestHandle {
  let handle: PgTestHandle | undefined;
  let database: TestDatabase | undefined;
  before(async () => {
    database = await createTestDatabase();
    const pool = new Pool({ connectionString: database.url, max: 5 });
    handle = { url: database.url, name: database.name, db: drizzle({ client: pool, schema }), pool };
  });
  after(async () => {
    await handle?.pool.end();
    await database?.drop();
    handle = undefined;
    database = undefined;
  });
  return () => {
    if (!handle) throw new Error("The test database exists only inside tests and hooks.");
    return handle;
  };
}

/** One database for all tests of the file (created in beforeAll, dropped in afterAll). */
export function pgDatabasePerFile(): () => PgTestHandle {
  return lifecycle(beforeAll, afterAll);
}

/** A fresh database for each test (created in beforeEach, dropped in afterEach). */
export function pgDatabasePerTest(): () => PgTestHandle {
  return lifecycle(beforeEach, afterEach);
}
