import { closeDb, openDb, type Db } from "../db/client";

/**
 * The server's database, opened once per Playwright worker through the app's
 * own data layer (db/client.ts): fixtures arrange and clean up with the app's
 * query functions inside `withTransaction`, as the app itself writes.
 */
let handle: Db | undefined;

export function appDb(): Db {
  handle ??= openDb(process.env.RIGHTSDESK_E2E_DB!);
  return handle;
}

/** Closes the worker's handle (the worker fixture in e2e/fixtures.ts calls it at teardown). */
export async function closeAppDb(): Promise<void> {
  if (handle) await closeDb(handle);
  handle = undefined;
}
