import type { Language } from "@/lib/i18n/languages";

/**
 * The language the signed-in staff member reads the desk in. Issue 16 stores each
 * member's choice; until then every staff page and email is English.
 */
export async function staffLanguage(): Promise<Language> {
  return "en";
}
