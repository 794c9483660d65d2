import { messages } from "./catalogue";
import type { Language } from "./languages";

/**
 * Uzbek writes a date as "2026-yil 2-mart" (the year first, each number joined to
 * its word by a hyphen, the month in lower case) and adds the case ending to the
 * month: "2-martgacha", "2-martdan". Node 20's ICU gives "2-mart, 2026", so
 * Uzbek dates are put together here from the numeric parts.
 */
const UZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"];

function uzbekParts(at: Date, timeZone: string, withTime: boolean): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "numeric", day: "numeric", ...(withTime && { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }), timeZone })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-yil ${Number(parts.day)}-${UZ_MONTHS[Number(parts.month) - 1]}`;
  return withTime ? `${day}, ${parts.hour}:${parts.minute}` : day;
}

/** A calendar date (YYYY-MM-DD) in words, e.g. "2 March 2026" / "2 марта 2026 г." / "2026-yil 2-mart". */
export function formatDay(date: string, language: Language): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (language === "uz") return uzbekParts(at, "UTC", false);
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeZone: "UTC" }).format(at);
}

/** An instant as date and time in the portal's zone. */
export function formatInstant(at: Date, language: Language, timeZone: string): string {
  if (language === "uz") return uzbekParts(at, timeZone, true);
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(at);
}

/** A number with the language's digit grouping and decimal sign: "5,000", "5 000", "5.000". */
export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale).format(n);
}

/** "a, b or c" in the language's own words and punctuation. */
export function formatAlternatives(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(messages(language).common.locale, { type: "disjunction" }).format(items);
}
