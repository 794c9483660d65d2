import "server-only";
import Database from "better-sqlite3";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { engineFromEnv, type Engine } from "./engine";
import { databasePathFromEnv } from "./path";

/** The most pages better-sqlite3 copies in a step. */
const ALL_PAGES = 0x7fffffff;

/** A backup that was not taken, for a reason the operator can act on. */
export class BackupRefused extends Error {}

export const PG_DUMP_ADVICE =
  "npm run backup copies the embedded SQLite database, and DATABASE_URL selects PostgreSQL: back it up with pg_dump instead, " +
  'e.g. pg_dump --format=custom --file=rightsdesk-$(date +%F).dump "$DATABASE_URL" (restore with pg_restore), or your provider\'s snapshots.';

/**
 * A consistent copy of the embedded SQLite database at `source` (DATABASE_PATH)
 * in the new file `target`, taken while the server runs: SQLite's online
 * backup (better-sqlite3's `backup()`) copies one snapshot of committed
 * transactions, in WAL mode without holding up the server's writers. Written
 * to `target.partial` and renamed once complete and checked, so `target` is
 * never half a database.
 * On PostgreSQL it refuses, pointing at pg_dump.
 */
export async function backupDatabase(
  target: string,
  { engine = engineFromEnv(), source = databasePathFromEnv() }: { engine?: Engine; source?: string } = {},
): Promise<{ source: string; target: string; pages: number }> {
  if (engine === "postgres") throw new BackupRefused(PG_DUMP_ADVICE);
  if (!target) throw new BackupRefused("Name the file to write the copy to: npm run backup -- <file>");
  if (!existsSync(source)) throw new BackupRefused(`No database at DATABASE_PATH (${source}): nothing to back up.`);
  if (existsSync(target) || resolve(target) === resolve(source)) throw new BackupRefused(`${target} already exists: name a new file, the backup never overwrites one.`);
  const partial = `${target}.partial`;
  mkdirSync(dirname(resolve(target)), { recursive: true });
  rmSync(partial, { force: true });
  const connection = new Database(source, { fileMustExist: true });
  try {
    connection.pragma("busy_timeout = 5000");
    // All remaining pages in one step: one read of one snapshot (WAL lets the server write meanwhile), where
    // SQLite's default steps of 100 pages would start over at every write from the server and might never finish.
    const { totalPages } = await connection.backup(partial, { progress: () => ALL_PAGES });
    checkCopy(partial);
    renameSync(partial, target);
    return { source, target, pages: totalPages };
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    connection.close();
  }
}

/** The copy must open as a sound database: SQLite's quick check reads every page. */
function checkCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    const result = copy.pragma("quick_check", { simple: true });
    if (result !== "ok") throw new Error(`the copy failed SQLite's quick check: ${String(result)}`);
    // The copy keeps the source's journal mode; leave it as one file, with no -wal beside it.
    copy.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    copy.close();
  }
}
