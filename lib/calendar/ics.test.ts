import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../db/views/calendar";
import { calendarText } from "./ics";

const now = new Date("2026-03-01T09:30:00Z");
const dates: CalendarDate[] = [
  { kind: "due", date: "2026-03-02", requestId: 7, reference: "DPN-7K4Q-9XWD", type: "deletion", portalName: "Deepen" },
  { kind: "extension-notice", date: "2026-02-27", requestId: 8, reference: "USG-AAAA-BBBB", type: "access", portalName: "UseGPT" },
  { kind: "retention-ends", date: "2027-01-31", requestId: 9, reference: "MGD-CCCC-DDDD", type: "deletion", portalName: "MGoods; Shop, Inc.", category: "Invoices", outcomeId: 41 },
];

/** Unfolds RFC 5545 continuation lines, so assertions read whole properties. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("the deadline calendar's iCalendar text", () => {
  const text = unfold(calendarText(dates, { language: "en", appUrl: "https://desk.example.com", now }));

  it("is one calendar with an all-day event per date, on that day", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain("DTSTART;VALUE=DATE:20260302");
    expect(text).toContain("DTSTART;VALUE=DATE:20260227");
    expect(text).toContain("DTSTART;VALUE=DATE:20270131");
    expect(text).toContain("X-WR-CALNAME:Rightsdesk deadlines");
  });

  it("names each event by what is due, and links it to its request", () => {
    expect(text).toContain("SUMMARY:Due: DPN-7K4Q-9XWD · Deletion · Deepen");
    expect(text).toContain("URL;VALUE=URI:https://desk.example.com/staff/requests/7");
    expect(text).toContain("DESCRIPTION:Open the request: https://desk.example.com/staff/requests/8");
    // Text values escape iCalendar's separators.
    expect(text).toContain("SUMMARY:Retention ends: Invoices · MGD-CCCC-DDDD · MGoods\\; Shop\\, Inc.");
  });

  it("keeps each event's UID from one fetch to the next, so calendar apps update it in place", () => {
    const again = unfold(calendarText(dates, { language: "en", appUrl: "https://desk.example.com", now: new Date("2026-03-02T00:00:00Z") }));
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(text));
    expect(uids(text)).toEqual(["UID:due-request-7@desk.example.com", "UID:extension-notice-request-8@desk.example.com", "UID:retention-ends-outcome-41@desk.example.com"]);
  });

  it.each([
    ["ru", "SUMMARY:Срок ответа: DPN-7K4Q-9XWD"],
    ["uz", "SUMMARY:Javob muddati: DPN-7K4Q-9XWD"],
    ["tr", "SUMMARY:Son gün: DPN-7K4Q-9XWD"],
  ] as const)("speaks the member's language (%s)", (language, summary) => {
    expect(unfold(calendarText(dates, { language, appUrl: "https://desk.example.com", now }))).toContain(summary);
  });

  it("is an empty calendar when nothing is due", () => {
    const empty = calendarText([], { language: "en", appUrl: "https://desk.example.com", now });
    expect(empty).toContain("BEGIN:VCALENDAR");
    expect(empty).not.toContain("BEGIN:VEVENT");
  });
});
