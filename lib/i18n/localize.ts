import type { Language } from "./languages";

/**
 * A text staff keep in English, in the requester's language: its translation
 * there, else in the portal's default language, else the English original.
 */
export function localize<T>(english: T, translations: Partial<Record<Language, T>>, language: Language, fallback: Language): T {
  if (language === "en") return english;
  return translations[language] ?? (fallback === "en" ? undefined : translations[fallback]) ?? english;
}
