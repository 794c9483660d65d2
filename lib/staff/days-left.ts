import { daysBetween, type IsoDate } from "../deadlines/dates";
import { localDate } from "../deadlines/zone";

/** Whole days from today (in the portal's zone) to the due day: 0 is due today, negative is overdue. */
export function daysLeft(dueDate: IsoDate, now: Date, timeZone: string): number {
  return daysBetween(localDate(now, timeZone), dueDate);
}

/** How urgent a request looks in the queue: overdue in red, within three days in amber. */
export function urgency(days: number): "overdue" | "due-soon" | "" {
  return days < 0 ? "overdue" : days <= 3 ? "due-soon" : "";
}

export function describeDaysLeft(days: number): string {
  if (days < 0) return `overdue by ${-days} day${days === -1 ? "" : "s"}`;
  if (days === 0) return "due today";
  return `${days} day${days === 1 ? "" : "s"} left`;
}
