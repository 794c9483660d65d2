import Holidays from "date-holidays";
import { addDays, type IsoDate } from "./dates";

/**
 * Public holidays from the maintained `date-holidays` library, as whole local
 * dates. Only type "public" counts: bank, school, optional and observance days
 * are working days for a privacy team.
 */

const HOUR_MS = 3_600_000;
const countries = new Holidays().getCountries();
const cache = new Map<string, Map<IsoDate, string>>();

export interface Region {
  country: string;
  state?: string;
}

/** "DE" or "DE-BY" (ISO 3166-1 alpha-2, optionally a subdivision the library knows); null if unknown. */
export function parseRegion(code: string): Region | null {
  const [country, state, ...rest] = code.toUpperCase().split("-");
  if (!country || rest.length > 0 || !(country in countries)) return null;
  if (state === undefined) return { country };
  const states = new Holidays().getStates(country) ?? {};
  return state in states ? { country, state } : null;
}

export function regionCode(region: Region): string {
  return region.state ? `${region.country}-${region.state}` : region.country;
}

/** Dates of `year` that are public holidays in `region`, each with its name. */
export function publicHolidays(region: Region, year: number): Map<IsoDate, string> {
  const key = `${regionCode(region)}:${year}`;
  let days = cache.get(key);
  if (days) return days;
  days = new Map();
  const options = { languages: ["en"] };
  const hd = region.state ? new Holidays(region.country, region.state, options) : new Holidays(region.country, options);
  for (const h of hd.getHolidays(year)) {
    if (h.type !== "public") continue;
    for (const date of wholeDays(h.date, h.end.getTime() - h.start.getTime())) {
      if (!days.has(date)) days.set(date, h.name);
    }
  }
  cache.set(key, days);
  return days;
}

/**
 * The whole local days a holiday covers. `start` is the library's local
 * "YYYY-MM-DD hh:mm:ss" string; a holiday that begins mid-day (an eve from
 * 13:00) leaves that day a working day. One hour of slack absorbs DST days.
 */
function wholeDays(start: string, durationMs: number): IsoDate[] {
  const firstDate = start.slice(0, 10);
  const startHour = Number(start.slice(11, 13));
  const partialHours = startHour === 0 ? 0 : 24 - startHour;
  const first = startHour === 0 ? firstDate : addDays(firstDate, 1);
  const count = Math.floor((durationMs / HOUR_MS - partialHours + 1) / 24);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i));
}
