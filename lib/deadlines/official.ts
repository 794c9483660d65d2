import type { IsoDate } from "./dates";
import { addDays, daysBetween } from "./dates";
import ru2026 from "./official/ru-2026.json";
import uz2026 from "./official/uz-2026.json";

/**
 * Official working-day calendars of countries whose governments move days off by
 * decree each year, so no holiday library can know them in advance. For a year
 * with a file here, the file is the whole truth; a year without one is computed
 * from the library and flagged provisional.
 */

interface DateSpan {
  from: IsoDate;
  to: IsoDate;
  name: string;
}

export interface OfficialYear {
  country: string;
  year: number;
  source: string;
  nonWorking: DateSpan[];
  /** Saturdays and Sundays made working days by a transfer. */
  working: DateSpan[];
}

const files: OfficialYear[] = [ru2026, uz2026];

export interface OfficialDays {
  source: string;
  nonWorking: Map<IsoDate, string>;
  working: Map<IsoDate, string>;
}

const byCountryYear = new Map<string, OfficialDays>(
  files.map((f) => [`${f.country}:${f.year}`, { source: f.source, nonWorking: expand(f.nonWorking), working: expand(f.working) }]),
);

/** Countries that transfer days off by decree: a year without official data is provisional. */
export const DECREE_COUNTRIES: ReadonlySet<string> = new Set(files.map((f) => f.country));

export function officialDays(country: string, year: number): OfficialDays | undefined {
  return byCountryYear.get(`${country}:${year}`);
}

function expand(spans: DateSpan[]): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  for (const span of spans) {
    for (let i = 0; i <= daysBetween(span.from, span.to); i++) days.set(addDays(span.from, i), span.name);
  }
  return days;
}
