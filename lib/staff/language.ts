import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { Language } from "../i18n/languages";
import { resolveStaffLanguage } from "./language-choice";
import { currentStaff, type StaffContext } from "./session";

/** The language of `staff` (or of a signed-out visitor of the sign-in pages) for this request. */
export async function languageOf(staff: StaffContext | undefined): Promise<Language> {
  return resolveStaffLanguage({ stored: staff?.user.language, acceptLanguage: (await headers()).get("accept-language") });
}

/** Once per request: a page, its layout and its components all ask. */
const perRequest = cache(async () => languageOf(await currentStaff()));

/**
 * The language the signed-in staff member reads the desk in: their stored
 * choice, else their browser's Accept-Language, else English (issue 16).
 */
export async function staffLanguage(): Promise<Language> {
  return perRequest();
}
