import { daysBetween, type IsoDate } from "../deadlines/dates";
import { localDate } from "../deadlines/zone";
import { messages } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";

/** Whole days from today (in the portal's zone) to the due day: 0 is due today, negative is overdue. */
export function daysLeft(dueDate: IsoDate, now: Date, timeZone: string): number {
  return daysBetween(localDate(now, timeZone), dueDate);
}

/** How urgent a request looks in the queue: overdue in red, within three days in amber. */
export function urgency(days: number): "overdue" | "due-soon" | "" {
  return days < 0 ? "overdue" : days <= 3 ? "due-soon" : "";
}

/** "3 days left", "due today", "overdue by 2 days", in the staff member's language. */
export function describeDaysLeft(days: number, language: Language): string {
  const words = messages(language).staff.daysLeft;
  if (days < 0) return words.overdue(-days);
  if (days === 0) return words.today;
  return words.left(days);
}
