/**
 * `npm run backup -- <file>`: a consistent copy of the embedded SQLite database
 * (DATABASE_PATH) in the new file <file>, safe while the server runs (db/backup.ts).
 * Restore: stop the server, copy the file back to DATABASE_PATH (removing any
 * -wal and -shm files beside it), start the server. On PostgreSQL it refuses,
 * pointing at pg_dump. Exit 0 when the copy is written, 1 when it is not.
 */
import { backupDatabase, BackupRefused } from "../db/backup";

async function main() {
  const [target, ...rest] = process.argv.slice(2);
  if (!target || rest.length > 0) throw new BackupRefused("Usage: npm run backup -- <file>   (the new file to write the copy to)");
  const { source, target: written, pages } = await backupDatabase(target);
  console.log(`backed up ${source} to ${written} (${pages} pages)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupRefused ? e.message : `backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
