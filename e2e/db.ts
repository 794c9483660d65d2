import { closeDb, openDb, withTransaction, type Db } from "../db/client";
import { setUserLanguage } from "../db/queries/staff";
import type { Language } from "../lib/i18n/languages";

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

/** Sets the language a staff member reads the desk in, as their pick in the staff header stores it. */
export async function setStaffLanguage(userId: string, language: Language): Promise<void> {
  await withTransaction(appDb(), (tx) => setUserLanguage(tx, { id: userId, language }));
}
