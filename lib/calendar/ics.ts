import ical from "ical-generator";
import type { CalendarDate } from "../../db/views/calendar";
import { messages } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";

export interface CalendarText {
  language: Language;
  /** The portal's public address: events link to `${appUrl}/staff/requests/<id>`. */
  appUrl: string;
  now: Date;
}

/**
 * The iCalendar text of a member's dates: all-day events (a deadline is a day, not
 * an instant), each with a UID that stays the same across fetches, so a calendar
 * app updates or removes an event instead of adding another.
 */
export function calendarText(dates: readonly CalendarDate[], { language, appUrl, now }: CalendarText): string {
  const t = messages(language);
  const host = new URL(appUrl).host;
  const calendar = ical({ name: t.staffCalendar.calendarName, prodId: { company: "Rightsdesk", product: "deadlines", language: language.toUpperCase() } });
  for (const d of dates) {
    const url = `${appUrl}/staff/requests/${d.requestId}`;
    const type = t.staff.types[d.type];
    const summary =
      d.kind === "due"
        ? t.staffCalendar.due(d.reference, type, d.portalName)
        : d.kind === "extension-notice"
          ? t.staffCalendar.extensionNotice(d.reference, type, d.portalName)
          : d.kind === "refusal-by"
            ? t.staffCalendar.refusalBy(d.reference, type, d.portalName)
            : t.staffCalendar.retentionEnds(d.category ?? "", d.reference, d.portalName);
    calendar.createEvent({
      id: `${d.kind}-${d.kind === "retention-ends" ? `outcome-${d.outcomeId}` : `request-${d.requestId}`}@${host}`,
      start: new Date(`${d.date}T00:00:00Z`),
      allDay: true,
      stamp: now,
      summary,
      description: t.staffCalendar.openRequest(url),
      url,
    });
  }
  return calendar.toString();
}
