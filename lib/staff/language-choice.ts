import { LANGUAGES, pickLanguage, type Language } from "../i18n/languages";

/**
 * The language a staff member reads the desk in: the one they picked, else
 * the best match of their browser's Accept-Language, else English. The desk
 * speaks every language of the catalogue, whatever their portals offer requesters.
 */
export function resolveStaffLanguage({ stored, acceptLanguage }: { stored?: string | null; acceptLanguage?: string | null }): Language {
  return pickLanguage(LANGUAGES, "en", { chosen: stored, acceptLanguage });
}

/** An email to a member is sent with no browser to ask: their pick, else English. */
export function staffEmailLanguage(stored: Language | null | undefined): Language {
  return stored ?? "en";
}
