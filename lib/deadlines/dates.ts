/**
 * Calendar dates as 'YYYY-MM-DD' strings. Legal periods count whole days in the
 * portal's time zone, so date arithmetic never touches instants or offsets: it
 * runs on a UTC midnight stand-in that no DST change can shift.
 */
import { memoize } from "./memo";

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

// Kept per date: a reminder sweep does the same few days' arithmetic for every request.
const toMs = memoize((date: IsoDate): number => {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}, String);

function fromMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date if `text` is a real calendar date in YYYY-MM-DD form, else null (2026-02-30 is null). */
export function parseIsoDate(text: string): IsoDate | null {
  if (!ISO_DATE.test(text)) return null;
  return fromMs(toMs(text)) === text ? text : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromMs(toMs(date) + days * DAY_MS);
}

/**
 * Same date `months` later; where that month has no such date, its last day
 * (Regulation 1182/71 art. 3(2)(c)). `clamped` says the fallback was taken.
 */
export function addMonths(date: IsoDate, months: number): { date: IsoDate; clamped: boolean } {
  const d = new Date(toMs(date));
  const day = d.getUTCDate();
  const firstOfTarget = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const clamped = day > lastDay;
  return { date: fromMs(firstOfTarget + ((clamped ? lastDay : day) - 1) * DAY_MS), clamped };
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** "Sat 31 Jan 2026" */
export function formatDate(date: IsoDate): string {
  const d = new Date(toMs(date));
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2–11 Jan 2026", "30 Dec 2026–3 Jan 2027", or one date. */
export function formatRange(from: IsoDate, to: IsoDate): string {
  if (from === to) return formatDate(from);
  const [a, b] = [new Date(toMs(from)), new Date(toMs(to))];
  const end = `${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  if (a.getUTCFullYear() !== b.getUTCFullYear()) {
    return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${a.getUTCFullYear()}–${end}`;
  }
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]}–${end}`;
  return `${a.getUTCDate()}–${end}`;
}
