import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, formatDate, formatRange, parseIsoDate, weekday } from "./dates";

describe("addMonths (Regulation 1182/71 art. 3(2)(c): same date, else the month's last day)", () => {
  it.each([
    ["2026-02-10", 1, "2026-03-10", false],
    ["2026-01-31", 1, "2026-02-28", true],
    ["2026-03-31", 1, "2026-04-30", true],
    ["2026-01-30", 1, "2026-02-28", true],
    ["2028-01-31", 1, "2028-02-29", true],
    ["2028-01-29", 1, "2028-02-29", false],
    ["2027-11-30", 3, "2028-02-29", true],
    ["2026-12-15", 1, "2027-01-15", false],
    ["2026-10-31", 3, "2027-01-31", false],
    ["2028-02-29", 12, "2029-02-28", true],
  ])("%s + %i month(s) → %s (clamped %s)", (from, months, date, clamped) => {
    expect(addMonths(from, months)).toEqual({ date, clamped });
  });
});

describe("plain date arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-05", "2026-02-19")).toBe(45);
  });

  it("is immune to DST: every day in a DST-changing month is one day apart", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
  });

  it("knows weekdays (1 Jan 2026 was a Thursday, 29 Feb 2028 a Tuesday)", () => {
    expect(weekday("2026-01-01")).toBe(4);
    expect(weekday("2028-02-29")).toBe(2);
  });

  it("refuses impossible dates and other shapes", () => {
    expect(parseIsoDate("2026-02-28")).toBe("2026-02-28");
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(parseIsoDate("2026-04-31")).toBeNull();
    expect(parseIsoDate("2026-13-01")).toBeNull();
    expect(parseIsoDate("2026-1-5")).toBeNull();
    expect(parseIsoDate("tomorrow")).toBeNull();
  });

  it("formats dates and ranges for explanations", () => {
    expect(formatDate("2026-01-31")).toBe("Sat 31 Jan 2026");
    expect(formatRange("2026-01-02", "2026-01-11")).toBe("2–11 Jan 2026");
    expect(formatRange("2026-02-28", "2026-03-01")).toBe("28 Feb–1 Mar 2026");
    expect(formatRange("2026-12-31", "2027-01-03")).toBe("31 Dec 2026–3 Jan 2027");
    expect(formatRange("2026-05-01", "2026-05-01")).toBe("Fri 1 May 2026");
  });
});
