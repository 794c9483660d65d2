import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { setUserLanguage } from "../../db/queries/staff";
import type { Language } from "../i18n/languages";

/** Stores the member's language for the desk and the emails they are sent. */
export async function chooseStaffLanguage(db: Db, { userId, language }: { userId: string; language: Language }): Promise<void> {
  await withTransaction(db, (tx) => setUserLanguage(tx, { id: userId, language }));
}
