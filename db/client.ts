import "server-only";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { databasePathFromEnv } from "./path";
import * as schema from "./schema";

type Drizzle = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Inside `withTransaction`: reads and writes that commit or roll back together. */
export type Tx = Omit<Drizzle, "transaction" | "$client">;

/**
 * Reads outside a transaction. They run on a connection of their own that
 * refuses writes (`query_only`), so a write that forgot its transaction fails
 * loudly instead of slipping into another request's open one; and they see
 * only committed data. A `Tx` is a `Reader` too: read queries take either.
 */
export type Reader = Omit<Tx, "insert" | "update" | "delete" | "run">;

// Symbol.for: a handle made by one bundle's copy of this module is used by the others (see SHARED).
const WRITER = Symbol.for("rightsdesk.writer");

interface Writer {
  drizzle: Drizzle;
  lock: Mutex;
}

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
type Scope = { db: Db; tx: Tx; open: boolean };
const shared: Shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { locks: new Map(), scope: new AsyncLocalStorage<Scope>() });

/**
 * The one database, opened on first use, never at import: `next build`
 * imports route modules, and must not create a database as it does.
 */
export function getDb(): Db {
  shared.db ??= openDb(databasePathFromEnv());
  return shared.db;
}

function connect(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

/**
 * Opens the SQLite file at `path` (created if missing). Every handle to one
 * file in this process shares one lock, so their transactions queue rather
 * than block the event loop in SQLite's busy wait.
 */
export function openDb(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const writer = drizzle(connect(path), { schema });
  const readConnection = connect(path);
  readConnection.pragma("query_only = ON");
  const key = resolve(path);
  let lock = shared.locks.get(key);
  if (!lock) shared.locks.set(key, (lock = new Mutex()));
  return Object.assign(drizzle(readConnection, { schema }), { [WRITER]: { drizzle: writer, lock } });
}

export function closeDb(db: Db): void {
  db[WRITER].drizzle.$client.close();
  (db as unknown as Drizzle).$client.close();
}

/** The file behind `db`, for a test that starts a second process on it. */
export function databasePath(db: Db): string {
  return db[WRITER].drizzle.$client.name;
}

/** Applies the generated migrations in db/migrations (paths are relative to the project root). */
export function migrateDb(db: Db = getDb()): Promise<void> {
  return withLock(db, async () => migrate(db[WRITER].drizzle, { migrationsFolder: join(process.cwd(), "db", "migrations", "sqlite") }));
}

/**
 * Runs `fn` in one transaction: everything it writes commits together, or
 * nothing does if it throws. drizzle's better-sqlite3 transaction cannot await
 * (drizzle #1472, #2275), so this is BEGIN IMMEDIATE … COMMIT on the writer
 * connection, one transaction at a time. A call inside `fn` (or anything it
 * awaits) joins the open transaction instead of waiting for it.
 */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => PromiseLike<T> | T): Promise<T> {
  const current = shared.scope.getStore();
  if (current?.open && current.db[WRITER].lock === db[WRITER].lock) return fn(current.tx);
  return withLock(db, async () => {
    const connection = db[WRITER].drizzle.$client;
    const scope: Scope = { db, tx: db[WRITER].drizzle, open: true };
    connection.exec("BEGIN IMMEDIATE");
    try {
      const result = await shared.scope.run(scope, () => fn(scope.tx));
      connection.exec("COMMIT");
      return result;
    } catch (e) {
      if (connection.inTransaction) connection.exec("ROLLBACK");
      throw e;
    } finally {
      scope.open = false;
    }
  });
}

/**
 * Runs `fn` outside any open transaction: for work started from inside one
 * that must not join it, such as a mail round kicked before the commit.
 */
export function detached<T>(fn: () => T): T {
  return shared.scope.exit(fn);
}

function withLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  return db[WRITER].lock.run(fn);
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
