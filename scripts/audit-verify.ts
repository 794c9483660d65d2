/**
 * `npm run -s audit:verify`: walks every portal's audit chain in the database
 * (PostgreSQL at DATABASE_URL when set, else the SQLite file at DATABASE_PATH)
 * and prints one line per portal. Exit 0 when every chain is intact, 1 when any
 * is broken (naming its first broken entry), 2 when it cannot check at all.
 */
import { existsSync } from "node:fs";
import { closeDb, getDb, type Db } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { listAuditEntries, listChainPortals } from "../db/queries/audit";
import { verifyChain } from "../lib/audit/verify";
import { env, EnvError } from "../lib/env";

/** The PostgreSQL URL without its password, to name the database in a message. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

/** Why PostgreSQL refused, in the auditor's terms where the code says so (SQLSTATE). */
function postgresProblem(e: unknown, url: string): Error | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  // 3D000 invalid_catalog_name: the database does not exist (and connecting never creates one).
  if (code === "3D000") return new Error(`no database at ${shown(url)} (set DATABASE_URL)`);
  // 42P01 undefined_table: a database, but not a migrated Rightsdesk one.
  if (code === "42P01") return new Error(`the database at ${shown(url)} is not a Rightsdesk database: it has no audit tables (run npm run db:migrate)`);
  return undefined;
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (engineFromEnv() === "sqlite") {
    // Only SQLite's path is checked here: on PostgreSQL the tool needs no AUTH_SECRET, which env() asks for.
    const path = env().DATABASE_PATH;
    // Opening a missing file would create an empty database and call it intact.
    if (!existsSync(path)) throw new Error(`no database at ${path} (set DATABASE_PATH)`);
  }
  let db: Db | undefined;
  try {
    db = getDb();
    let broken = false;
    for (const portal of await listChainPortals(db)) {
      const verdict = verifyChain(await listAuditEntries(db, { portalId: portal.id }));
      if (verdict.ok) console.log(`${portal.slug}: ${verdict.count} ${verdict.count === 1 ? "entry" : "entries"}, chain intact`);
      else console.log(`${portal.slug}: BROKEN at entry ${verdict.entryId}: ${verdict.reason}`);
      broken ||= !verdict.ok;
    }
    return broken ? 1 : 0;
  } catch (e) {
    throw (url && postgresProblem(e, url)) || (url && postgresProblem((e as { cause?: unknown }).cause, url)) || e;
  } finally {
    // A PostgreSQL pool keeps the process alive until it is closed.
    if (db) await closeDb(db).catch(() => undefined);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof EnvError ? e.message : `audit:verify could not check the chains: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
