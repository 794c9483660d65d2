import { addDays, daysBetween, type IsoDate } from "../deadlines/dates";
import { localDate, zonedInstant } from "../deadlines/zone";

/** Admins hear of an ended period at the start of their working day, in the portal's own zone. */
const REMINDER_TIME = "09:00";
/** Until the purge is confirmed, the reminder comes back once a week (issue 5). */
const REPEAT_DAYS = 7;

/**
 * When the portal's admins are next reminded that a kept category's period has
 * ended: 09:00 portal-local on the keep-until day, then on the same weekday each
 * week, whichever of those is the first after `after`. Created before the day,
 * that is the keep-until day itself; a sweep that comes late (a server down for
 * a fortnight) sends one reminder and resumes the weekly rhythm, rather than
 * sending one for every week it missed.
 */
export function nextRetentionReminderAt({ keepUntil, timeZone, after }: { keepUntil: IsoDate; timeZone: string; after: Date }): Date {
  const weeksSince = Math.max(0, Math.ceil(daysBetween(keepUntil, localDate(after, timeZone)) / REPEAT_DAYS));
  const date = addDays(keepUntil, weeksSince * REPEAT_DAYS);
  const at = zonedInstant(date, REMINDER_TIME, timeZone);
  return at > after ? at : zonedInstant(addDays(date, REPEAT_DAYS), REMINDER_TIME, timeZone);
}
