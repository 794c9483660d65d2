import { messages } from "./catalogue";
import type { Language } from "./languages";

/** A calendar date (YYYY-MM-DD) in words, e.g. "2 March 2026" / "2 марта 2026 г.". */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant as date and time in the portal's zone; with seconds where they tell attempts apart (a delivery log). */
export function formatInstant(at: Date, language: Language, timeZone: string, { seconds = false } = {}): string {
  return new Intl.DateTimeFormat(messages(language).common.locale, { dateStyle: "long", timeStyle: seconds ? "medium" : "short", timeZone }).format(at);
}

/** A count or a figure with decimals, grouped and pointed as the language writes numbers ("1 234,5" in Russian). */
export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { maximumFractionDigits: 1 }).format(n);
}

/** A share in whole per cent, with the sign where the language puts it ("%100" in Turkish). */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

/** "a, b or c" in the language's own words and punctuation. */
export function formatAlternatives(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(messages(language).common.locale, { type: "disjunction" }).format(items);
}

/** A duration in milliseconds with the language's own unit ("120 мс"). */
export function formatMilliseconds(ms: number, language: Language): string {
  return new Intl.NumberFormat(messages(language).common.locale, { style: "unit", unit: "millisecond", unitDisplay: "short" }).format(ms);
}
