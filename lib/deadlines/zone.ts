import type { IsoDate } from "./dates";
import { memoize } from "./memo";

/**
 * Instants ↔ local calendar dates in an IANA zone, through Intl (Node ships full
 * ICU), so no zone database is bundled here and DST follows the platform's tzdata.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  readonly date: IsoDate;
  readonly time: string;
  /** The wall-clock reading as if it were UTC, in ms: for offset arithmetic. */
  readonly asUtcMs: number;
}

function readWallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const asUtcMs =
    Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) +
    instant.getUTCMilliseconds();
  return { date, time, asUtcMs };
}

/** formatToParts is the costly step; a reminder sweep asks about the same few instants (its `now`, each day's 09:00) for every request. */
const wallClock = memoize(readWallClock, (instant, timeZone) => `${timeZone} ${instant.getTime()}`);

/** The calendar date of `instant` in `timeZone`: 22:30 UTC is already tomorrow in Tashkent. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return wallClock(instant, timeZone).date;
}

/** "23:30" in `timeZone`. */
export function localTime(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).time;
}

function offsetMs(instant: number, timeZone: string): number {
  return wallClock(new Date(instant), timeZone).asUtcMs - instant;
}

/** The last millisecond (23:59:59.999) of `date` in `timeZone`, as an instant. */
export function endOfDay(date: IsoDate, timeZone: string): Date {
  return zonedInstant(date, "23:59:59.999", timeZone);
}

const zonedMs = memoize((date: IsoDate, time: string, timeZone: string): number => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hms = "0", ms = "0"] = time.split(".");
  const [h = 0, mi = 0, sec = 0] = hms.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi, sec, Number(ms.padEnd(3, "0")));
  const guess = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(guess, timeZone);
}, (date, time, timeZone) => `${timeZone} ${date} ${time}`);

/**
 * The instant a wall-clock reading ("14:30", "23:59:59.999") on `date` names in
 * `timeZone`. Two passes settle the offset even when the day itself changes
 * DST (the first guess may use the offset from the other side of the change).
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  return new Date(zonedMs(date, time, timeZone));
}
