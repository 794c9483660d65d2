import { addDays, daysBetween, formatDate, formatRange, type IsoDate } from "./dates";
import type { Pause } from "./types";
import { days } from "./words";

/** Overlapping or touching pauses as one, in date order, so no day is counted twice. */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  const merged: Pause[] = [];
  for (const p of [...pauses].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = merged.at(-1);
    if (last && p.from <= addDays(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
    } else {
      merged.push({ ...p });
    }
  }
  return merged;
}

export function isPausedOn(pauses: readonly Pause[], date: IsoDate): boolean {
  return pauses.some((p) => p.from <= date && date <= p.to);
}

/**
 * Adds the days spent waiting (the day asked to the day answered, both
 * inclusive, as the ICO counts them) to a calendar-day deadline. Waiting that
 * ended before the clock started, or began after the deadline had passed,
 * stopped nothing and is not counted.
 */
export function addPausedDays(due: IsoDate, start: IsoDate, pauses: readonly Pause[]): { date: IsoDate; steps: string[] } {
  const steps: string[] = [];
  let date = due;
  for (const p of pauses) {
    const range = formatRange(p.from, p.to);
    if (p.to < start) {
      steps.push(`waiting for the requester ${range} ended before the clock started; not counted`);
      continue;
    }
    const from = p.from < start ? start : p.from;
    if (from > date) {
      steps.push(`waiting for the requester ${range} began after the deadline had passed; not counted`);
      continue;
    }
    const n = daysBetween(from, p.to) + 1;
    date = addDays(date, n);
    steps.push(`waiting for the requester ${formatRange(from, p.to)} stops the clock: ${days(n)}, both ends counted, added → ${formatDate(date)}`);
  }
  return { date, steps };
}
