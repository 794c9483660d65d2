import { addDays, formatRange, isWeekend, weekday, yearOf, type IsoDate } from "./dates";
import { publicHolidays, type Region } from "./holidays";
import { DECREE_COUNTRIES, officialDays } from "./official";

/** A portal's own correction to the country calendar (a company holiday, a day the office works). */
export interface DayOverride {
  date: IsoDate;
  working: boolean;
  reason: string;
}

export interface DayStatus {
  working: boolean;
  /** Why the day is not working, or why a weekend day is: empty for an ordinary weekday. */
  reason: string;
}

/** Consecutive non-working days passed over, for the explanation. */
export interface SkippedRun {
  from: IsoDate;
  to: IsoDate;
  reasons: string[];
}

/**
 * Working days of one region: portal overrides first, then the official decree
 * calendar for years that have one, else the holiday library, then Mon–Fri.
 * It remembers which years it consulted, and from which source, so the
 * explanation can cite them and flag provisional ones.
 */
export class WorkingCalendar {
  readonly provisionalYears = new Set<number>();
  readonly officialSources = new Set<string>();
  private readonly overrides: Map<IsoDate, DayOverride>;

  constructor(
    readonly region: Region,
    overrides: readonly DayOverride[] = [],
  ) {
    this.overrides = new Map(overrides.map((o) => [o.date, o]));
  }

  status(date: IsoDate): DayStatus {
    const override = this.overrides.get(date);
    if (override) return { working: override.working, reason: `portal calendar: ${override.reason}` };
    const year = yearOf(date);
    const official = officialDays(this.region.country, year);
    if (official) {
      this.officialSources.add(official.source);
      const off = official.nonWorking.get(date) ?? this.regionalOnlyHoliday(date);
      if (off) return { working: false, reason: off };
      const on = official.working.get(date);
      if (on) return { working: true, reason: on };
      return weekdayStatus(date);
    }
    if (DECREE_COUNTRIES.has(this.region.country)) this.provisionalYears.add(year);
    const holiday = publicHolidays(this.region, year).get(date);
    return holiday ? { working: false, reason: holiday } : weekdayStatus(date);
  }

  isWorking(date: IsoDate): boolean {
    return this.status(date).working;
  }

  /** `date` itself if it is a working day, else the first working day after it. */
  onOrAfter(date: IsoDate): { date: IsoDate; skipped: SkippedRun[] } {
    const skipped = new Skips();
    let day = date;
    while (!this.isWorking(day)) {
      skipped.add(day, this.status(day).reason);
      day = addDays(day, 1);
    }
    return { date: day, skipped: skipped.runs };
  }

  /**
   * The `count`th working day after `start` (the start day is not counted),
   * passing over non-working days and any day `isPaused` holds.
   */
  addWorkingDays(
    start: IsoDate,
    count: number,
    isPaused: (date: IsoDate) => boolean = () => false,
  ): { date: IsoDate; skipped: SkippedRun[]; paused: number } {
    const skipped = new Skips();
    let day = start;
    let counted = 0;
    let paused = 0;
    while (counted < count) {
      day = addDays(day, 1);
      const status = this.status(day);
      if (!status.working) skipped.add(day, status.reason);
      else if (isPaused(day)) paused++;
      else counted++;
    }
    return { date: day, skipped: skipped.runs, paused };
  }

  /** State holidays on top of a national decree calendar (e.g. Tatarstan's Eid). */
  private regionalOnlyHoliday(date: IsoDate): string | undefined {
    if (!this.region.state) return undefined;
    const year = yearOf(date);
    const national = publicHolidays({ country: this.region.country }, year);
    return national.has(date) ? undefined : publicHolidays(this.region, year).get(date);
  }
}

function weekdayStatus(date: IsoDate): DayStatus {
  return isWeekend(date) ? { working: false, reason: weekday(date) === 6 ? "Saturday" : "Sunday" } : { working: true, reason: "" };
}

class Skips {
  readonly runs: SkippedRun[] = [];

  add(date: IsoDate, reason: string) {
    const last = this.runs.at(-1);
    const label = reason === "Saturday" || reason === "Sunday" ? "weekend" : reason;
    if (last && addDays(last.to, 1) === date) {
      last.to = date;
      if (!last.reasons.includes(label)) last.reasons.push(label);
    } else {
      this.runs.push({ from: date, to: date, reasons: [label] });
    }
  }
}

/**
 * "Fri 2–Sun 11 Jan 2026 (New Year holidays; weekend)"; with `countWeekends`,
 * runs that are plain weekends are only counted: "2 weekends and 2–11 Jan …".
 */
export function describeSkipped(runs: readonly SkippedRun[], { countWeekends = false } = {}): string {
  const plain = (r: SkippedRun) => countWeekends && r.reasons.length === 1 && r.reasons[0] === "weekend";
  const weekends = runs.filter(plain).length;
  const listed = runs.filter((r) => !plain(r)).map((r) => `${formatRange(r.from, r.to)} (${r.reasons.join("; ")})`);
  if (weekends > 0) listed.unshift(weekends === 1 ? "one weekend" : `${weekends} weekends`);
  return listed.length > 1 ? `${listed.slice(0, -1).join(", ")} and ${listed.at(-1)}` : (listed[0] ?? "");
}
