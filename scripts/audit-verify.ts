/**
 * `npm run -s audit:verify`: walks every portal's audit chain in DATABASE_PATH
 * and prints one line per portal. Exit 0 when every chain is intact, 1 when any
 * is broken (naming its first broken entry), 2 when it cannot check at all.
 */
import { existsSync } from "node:fs";
import { getDb } from "../db/client";
import { listAuditEntries, listChainPortals } from "../db/queries/audit";
import { verifyChain } from "../lib/audit/verify";
import { env, EnvError } from "../lib/env";

async function main(): Promise<number> {
  const path = env().DATABASE_PATH;
  // Opening a missing file would create an empty database and call it intact.
  if (!existsSync(path)) throw new Error(`no database at ${path} (set DATABASE_PATH)`);
  const db = getDb();
  let broken = false;
  for (const portal of await listChainPortals(db)) {
    const verdict = verifyChain(await listAuditEntries(db, { portalId: portal.id }));
    if (verdict.ok) console.log(`${portal.slug}: ${verdict.count} ${verdict.count === 1 ? "entry" : "entries"}, chain intact`);
    else console.log(`${portal.slug}: BROKEN at entry ${verdict.entryId}: ${verdict.reason}`);
    broken ||= !verdict.ok;
  }
  return broken ? 1 : 0;
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
