import { describe, expect, it } from "vitest";
import { nextRetentionReminderAt } from "./retention-schedule";

const next = (keepUntil: string, timeZone: string, after: string) => nextRetentionReminderAt({ keepUntil, timeZone, after: new Date(after) }).toISOString();

describe("retention-register reminders", () => {
  it("first comes at 09:00 portal-local on the keep-until day", () => {
    expect(next("2026-09-01", "Europe/Moscow", "2026-03-04T08:00:00Z")).toBe("2026-09-01T06:00:00.000Z");
    expect(next("2026-09-01", "Asia/Tashkent", "2026-03-04T08:00:00Z")).toBe("2026-09-01T04:00:00.000Z");
  });

  it("follows the portal's clock across a DST change: 09:00 in Berlin is 08:00 UTC in winter, 07:00 in summer", () => {
    expect(next("2026-03-28", "Europe/Berlin", "2026-01-01T00:00:00Z")).toBe("2026-03-28T08:00:00.000Z");
    expect(next("2026-03-28", "Europe/Berlin", "2026-03-28T08:00:00Z")).toBe("2026-04-04T07:00:00.000Z");
  });

  it("on the keep-until day before 09:00 it is still that morning", () => {
    expect(next("2026-09-01", "Europe/Moscow", "2026-09-01T05:59:00Z")).toBe("2026-09-01T06:00:00.000Z");
  });

  it("once a reminder is due, the next is a week later at the same local time", () => {
    expect(next("2026-09-01", "Europe/Moscow", "2026-09-01T06:00:00Z")).toBe("2026-09-08T06:00:00.000Z");
    expect(next("2026-09-01", "Europe/Moscow", "2026-09-08T06:00:30Z")).toBe("2026-09-15T06:00:00.000Z");
  });

  it("after a late sweep it sends one catch-up and keeps the keep-until weekday, not one per missed week", () => {
    // 17 days late, a Friday: the next reminder is Tuesday 22 September, the weekday of 1 September.
    expect(next("2026-09-01", "Europe/Moscow", "2026-09-18T12:00:00Z")).toBe("2026-09-22T06:00:00.000Z");
    // Late on a reminder weekday, after 09:00: a week on.
    expect(next("2026-09-01", "Europe/Moscow", "2026-09-15T10:00:00Z")).toBe("2026-09-22T06:00:00.000Z");
  });

  it("counts the day in the portal's zone: 21:30 UTC is already the next day in Moscow", () => {
    expect(next("2026-09-01", "Europe/Moscow", "2026-08-31T21:30:00Z")).toBe("2026-09-01T06:00:00.000Z");
  });
});
