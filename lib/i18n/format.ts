import { messages } from "./catalogue";
import type { Language } from "./languages";

/**
 * Uzbek writes a date as "2026-yil 2-mart" (the year first, each number joined to
 * its word by a hyphen, the month in lower case) and adds the case ending to the
 * month: "2-martgacha", "2-martdan". Node 20's ICU gives "2-mart, 2026", so
 * Uzbek dates are put together here from the numeric parts.
 */
const UZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"];

function uzbekParts(at: Date, timeZone: string, withTime: boolean, seconds = false): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      ...(withTime && { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
      ...(seconds && { second: "2-digit" }),
      timeZone,
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-yil ${Number(parts.day)}-${UZ_MONTHS[Number(parts.month) - 1]}`;
  if (!withTime) return day;
  return seconds ? `${day}, ${parts.hour}:${parts.minute}:${parts.second}` : `${day}, ${parts.hour}:${parts.minute}`;
}

/** A calendar date (YYYY-MM-DD) in words, e.g. "2 March 2026" / "2 марта 2026 г." / "2026-yil 2-mart". */
export function formatDay(date: string, language: Language): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (language === "uz") return uzbekParts(at, "UTC", false);
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeZone: "UTC" }).format(at);
}

/** An instant as date and time in the portal's zone; with seconds where they tell attempts apart (a delivery log). */
export function formatInstant(at: Date, language: Language, timeZone: string, { seconds = false } = {}): string {
  if (language === "uz") return uzbekParts(at, timeZone, true, seconds);
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeStyle: seconds ? "medium" : "short", timeZone }).format(at);
}

/** A share in whole per cent, with the sign where the language puts it ("%100" in Turkish). */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

/** A count or a figure with at most one decimal, grouped and pointed as the language writes numbers: "1,234.5", "1 234,5", "1.234,5". */
export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { maximumFractionDigits: 1 }).format(n);
}

/** "a, b or c" in the language's own words and punctuation. */
export function formatAlternatives(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(messages(language).common.locale, { type: "disjunction" }).format(items);
}

/** A duration in milliseconds with the language's own unit ("120 мс"). */
export function formatMilliseconds(ms: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { style: "unit", unit: "millisecond", unitDisplay: "short" }).format(ms);
}
