import "server-only";
import Database from "better-sqlite3";
import { is, sql, type SQL } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { PgDatabase } from "drizzle-orm/pg-core";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Pool } from "pg";
import type { Engine } from "./engine";
import { databasePathFromEnv, poolMaxFromEnv } from "./path";
import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema-sqlite";

type Drizzle = BetterSQLite3Database<typeof sqliteSchema> & { $client: Database.Database };

/** Inside `withTransaction`: reads and writes that commit or roll back together. */
export type Tx = Omit<Drizzle, "transaction" | "$client">;

/**
 * Reads outside a transaction: they see only committed data, and the type has
 * no insert, update or delete, so a write that forgot its transaction does not
 * compile. On SQLite they run on a connection of their own that refuses writes
 * (`query_only`), so one that slips past the type fails loudly instead of
 * joining another request's open transaction. A `Tx` is a `Reader` too: read
 * queries take either.
 *
 * Queries are typed against the SQLite schema; on PostgreSQL the same calls
 * run on db/schema-pg.ts's tables, which db/schema-equality.test.ts proves alike.
 */
export type Reader = Omit<Tx, "insert" | "update" | "delete" | "run">;

// Symbol.for: a handle made by one bundle's copy of this module is used by the others (see SHARED).
const WRITER = Symbol.for("rightsdesk.writer");

type Writer =
  | { engine: "sqlite"; drizzle: Drizzle; lock: Mutex }
  | { engine: "postgres"; drizzle: NodePgDatabase<typeof pgSchema>; pool: Pool; url: string };

/** The database: a `Reader`, plus the writer that only `withTransaction` opens. */
export type Db = Reader & { readonly [WRITER]: Writer };

/** What read queries take: the database, or the caller's transaction. */
export type Executor = Reader;

/**
 * Next bundles server code more than once (the instrumentation hook, each route),
 * each bundle with its own copy of this module, all in one process. The
 * connections, locks and the transaction scope live on globalThis so that every
 * copy shares them: two copies with a writer each would deadlock SQLite's lock.
 */
const SHARED = Symbol.for("rightsdesk.db");
type Shared = { db?: Db; locks: Map<string, Mutex>; scope: AsyncLocalStorage<Scope> };
type Scope = { db: Db; tx: Tx; open: boolean; committed: (() => void)[] };
const shared: Shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { locks: new Map(), scope: new AsyncLocalStorage<Scope>() });

/**
 * The one database, opened on first use, never at import: `next build`
 * imports route modules, and must not create a database as it does.
 * PostgreSQL when DATABASE_URL is set (db/engine.ts), else the SQLite file.
 */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  shared.db ??= url ? openPostgres(url, { max: poolMaxFromEnv() }) : openDb(databasePathFromEnv());
  return shared.db;
}

const BUSY_TIMEOUT_MS = 5000;

function connect(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  reusePreparedStatements(sqlite);
  return sqlite;
}

/** Distinct SQL texts kept prepared per connection: the app has a few hundred queries; the oldest unused go first. */
const STATEMENTS_KEPT = 500;

/**
 * Drizzle asks better-sqlite3 to prepare every query anew, and compiling the
 * SQL is a good part of a short statement's cost (profiled: ~0.4 ms of an
 * intake's ~3 ms). The connection keeps each text's statement instead and
 * hands it out again. A statement is used by one call at a time (everything
 * here is synchronous: drizzle runs, gets or reads all rows at once, never an
 * open iterator), and drizzle's array-row reads switch it to raw mode, which
 * sticks, so a reused one is switched back to objects first. A kept statement
 * never plans with stale statistics or schema: ANALYZE and PRAGMA optimize
 * (refreshPlannerStatistics) expire the connection's statements, and SQLite
 * prepares an expired or schema-changed one again when it next runs.
 */
function reusePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      kept.delete(source);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    return statement;
  }) as Database.Database["prepare"];
}

/**
 * SQLite's planner without statistics (sqlite_stat1) picks plans that read
 * every request, even with the right indexes. `optimize=0x10002` analyzes the
 * tables that have none or have grown 25-fold since, and costs nothing
 * otherwise; as SQLite advises for a long-lived connection, once as it opens,
 * and here before the reading connection loads the schema with them. It does
 * not wait: a database busy with another handle's write keeps the statistics
 * it has until refreshPlannerStatistics.
 */
function optimizeOnOpen(writer: Database.Database) {
  writer.pragma("busy_timeout = 0");
  try {
    writer.pragma("optimize = 0x10002");
  } catch (e) {
    if (!(e instanceof Database.SqliteError && e.code === "SQLITE_BUSY")) throw e;
  } finally {
    writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/**
 * Opens the SQLite file at `path` (created if missing). Every handle to one
 * file in this process shares one lock, so their transactions queue rather
 * than block the event loop in SQLite's busy wait.
 */
export function openDb(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const writeConnection = connect(path);
  optimizeOnOpen(writeConnection);
  const writer = drizzle(writeConnection, { schema: sqliteSchema });
  const readConnection = connect(path);
  readConnection.pragma("query_only = ON");
  const key = resolve(path);
  let lock = shared.locks.get(key);
  if (!lock) shared.locks.set(key, (lock = new Mutex()));
  const writerOf: Writer = { engine: "sqlite", drizzle: writer, lock };
  return Object.assign(drizzle(readConnection, { schema: sqliteSchema }), { [WRITER]: writerOf }) as Db;
}

/**
 * Opens a pool of up to `max` connections to the PostgreSQL database at `url`.
 * Reads and transactions share the pool; PostgreSQL isolates them itself.
 */
export function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Db {
  const pool = new Pool({ connectionString: url, max });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on("error", (e) => console.error("[db] idle PostgreSQL connection failed:", e.message));
  const writer = drizzlePg({ client: pool, schema: pgSchema });
  const writerOf: Writer = { engine: "postgres", drizzle: writer, pool, url };
  return Object.assign(drizzlePg({ client: pool, schema: pgSchema }) as unknown as Drizzle, { [WRITER]: writerOf }) as Db;
}

export async function closeDb(db: Db): Promise<void> {
  const writer = db[WRITER];
  if (writer.engine === "postgres") return writer.pool.end();
  writer.drizzle.$client.close();
  (db as unknown as Drizzle).$client.close();
}

export function engineOf(db: Db): Engine {
  return db[WRITER].engine;
}

/** The SQLite file behind `db`, for a test or bench that reads the file itself. */
export function databasePath(db: Db): string {
  const writer = db[WRITER];
  if (writer.engine !== "sqlite") throw new Error("databasePath: this database is PostgreSQL");
  return writer.drizzle.$client.name;
}

/** The environment that points a child process (a CLI, a server) at the same database. */
export function databaseEnv(db: Db): { DATABASE_URL: string; DATABASE_PATH?: string } {
  const writer = db[WRITER];
  return writer.engine === "postgres" ? { DATABASE_URL: writer.url } : { DATABASE_URL: "", DATABASE_PATH: writer.drizzle.$client.name };
}

/** Any fixed number: the key of the session-level advisory lock that lets one instance migrate at a time. */
const MIGRATION_LOCK = 7_140_227;

/**
 * Applies the generated migrations of the database's engine, from
 * db/migrations/sqlite or db/migrations/postgres (relative to the project root).
 * Instances starting together on one PostgreSQL database migrate one at a time
 * under an advisory lock: the second finds the work done. Then the planners'
 * statistics are brought up to date (refreshPlannerStatistics).
 */
export async function migrateDb(db: Db = getDb()): Promise<void> {
  const writer = db[WRITER];
  const folder = (engine: string) => join(process.cwd(), "db", "migrations", engine);
  if (writer.engine === "sqlite") await writer.lock.run(async () => migrate(writer.drizzle, { migrationsFolder: folder("sqlite") }));
  else {
    const client = await writer.pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migratePg(drizzlePg({ client }), { migrationsFolder: folder("postgres") });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }
  await refreshPlannerStatistics(db);
}

/**
 * Brings the planners' statistics up to date, so that they pick the indexes
 * the queue and the dashboard rely on: PostgreSQL's `ANALYZE` (autovacuum does
 * it too, but only after enough rows change, and not yet after a bulk load);
 * SQLite's `PRAGMA optimize` (see optimizeOnOpen). A SQLite connection reads
 * the statistics only when it loads the schema, so the reading connection then
 * reloads them (`ANALYZE sqlite_schema`, which writes nothing else), in the
 * same tick as lifting and restoring its `query_only`, so no other read runs meanwhile.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  const writer = db[WRITER];
  if (writer.engine === "postgres") {
    await writer.pool.query("analyze");
    return;
  }
  const reader = (db as unknown as Drizzle).$client;
  await writer.lock.run(async () => {
    writer.drizzle.$client.pragma("optimize = 0x10002");
    reader.pragma("query_only = OFF");
    try {
      reader.exec("analyze sqlite_schema");
    } finally {
      reader.pragma("query_only = ON");
    }
  });
}

/**
 * Runs `fn` in one transaction: everything it writes commits together, or
 * nothing does if it throws. A call inside `fn` (or anything it awaits) joins
 * the open transaction instead of waiting for it.
 *
 * On PostgreSQL this is drizzle's transaction on a connection of the pool, at
 * READ COMMITTED: claims by conditional update, unique keys and the audit
 * chain's lock keep the guarantees SQLite's single writer gives. drizzle's
 * better-sqlite3 transaction cannot await (drizzle #1472, #2275), so on SQLite
 * this is BEGIN IMMEDIATE … COMMIT on the writer connection, one transaction
 * at a time.
 */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => PromiseLike<T> | T): Promise<T> {
  const writer = db[WRITER];
  const current = shared.scope.getStore();
  if (current?.open && sameDatabase(current.db, db)) return fn(current.tx);
  let scope: Scope | undefined;
  const run = async (tx: Tx) => {
    scope = { db, tx, open: true, committed: [] };
    try {
      return await shared.scope.run(scope, () => fn(tx));
    } finally {
      scope.open = false;
    }
  };
  let result: T;
  if (writer.engine === "postgres") {
    result = await writer.drizzle.transaction((pgTx) => run(pgTx as unknown as Tx));
  } else {
    result = await writer.lock.run(async () => {
      const connection = writer.drizzle.$client;
      connection.exec("BEGIN IMMEDIATE");
      try {
        const value = await run(writer.drizzle);
        connection.exec("COMMIT");
        return value;
      } catch (e) {
        if (connection.inTransaction) connection.exec("ROLLBACK");
        throw e;
      }
    });
  }
  for (const callback of scope!.committed) detached(callback);
  return result;
}

/**
 * Runs `fn` once the open transaction has committed (never, if it rolls back),
 * or at once when none is open: for work that must see what the transaction
 * wrote, such as the mail round that sends the email it queued.
 */
export function afterCommit(fn: () => void): void {
  const current = shared.scope.getStore();
  if (current?.open) current.committed.push(fn);
  else fn();
}

/**
 * Runs `fn` outside any open transaction: for work started from inside one
 * that must not join it.
 */
export function detached<T>(fn: () => T): T {
  return shared.scope.exit(fn);
}

/**
 * Rows of a raw SQL query on either engine (drizzle's SQLite answers `all`,
 * node-postgres `execute`): for the few queries the query builder cannot say.
 */
export async function rawRows<T>(db: Reader, query: SQL): Promise<T[]> {
  if (isPostgres(db)) return (await (db as unknown as NodePgDatabase).execute(query)).rows as T[];
  return db.all<T>(query);
}

/** A raw SQL statement inside a transaction, on either engine. */
export async function rawRun(tx: Tx, query: SQL): Promise<void> {
  if (isPostgres(tx)) await (tx as unknown as NodePgDatabase).execute(query);
  else tx.run(query);
}

/** Whether `db` (a database or a transaction) is PostgreSQL: for the few queries that differ per engine. */
export function isPostgres(db: Reader): boolean {
  return is(db, PgDatabase);
}

/**
 * Holds a lock named by two numbers until `tx` commits or rolls back: on
 * PostgreSQL a transaction-level advisory lock, which another transaction
 * taking the same key waits for; on SQLite nothing, as its one writer already
 * runs transactions one at a time. For read-then-write sequences that no row
 * lock covers, such as appending to a chain whose head is the newest row.
 */
export async function lockForTransaction(tx: Tx, namespace: number, key: number): Promise<void> {
  if (isPostgres(tx)) await rawRun(tx, sql`select pg_advisory_xact_lock(${namespace}::integer, ${key}::integer)`);
}

/**
 * A second handle on the same database, as another instance would have: a new
 * connection pool on PostgreSQL, a new pair of connections on SQLite (sharing
 * the process lock). Close it with closeDb.
 */
export function openAnother(db: Db, { max = 2 }: { max?: number } = {}): Db {
  const writer = db[WRITER];
  return writer.engine === "postgres" ? openPostgres(writer.url, { max }) : openDb(writer.drizzle.$client.name);
}

function sameDatabase(a: Db, b: Db): boolean {
  const [x, y] = [a[WRITER], b[WRITER]];
  return x.engine === "sqlite" && y.engine === "sqlite" ? x.lock === y.lock : x === y;
}

/** One holder at a time, in arrival order. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
