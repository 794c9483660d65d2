import { messages } from "./catalogue";
import type { Language } from "./languages";

/** A calendar date (YYYY-MM-DD) in words, e.g. "2 March 2026" / "2 марта 2026 г.". */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant as date and time in the portal's zone. */
export function formatInstant(at: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(at);
}

/** "a, b or c" in the language's own words and punctuation. */
export function formatAlternatives(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(messages(language).common.locale, { type: "disjunction" }).format(items);
}
