import { describe, expect, it } from "vitest";
import { endOfDay, isTimeZone, localDate, localTime, zonedInstant } from "./zone";

describe("local calendar date of an instant (never the UTC date)", () => {
  it.each([
    ["2026-01-31T22:30:00Z", "Europe/Berlin", "2026-01-31"],
    ["2026-01-31T23:30:00Z", "Europe/Berlin", "2026-02-01"],
    ["2026-01-31T22:30:00Z", "Asia/Tashkent", "2026-02-01"],
    ["2026-03-01T05:00:00Z", "America/Los_Angeles", "2026-02-28"],
    ["2026-06-16T21:30:00Z", "Europe/Moscow", "2026-06-17"],
    ["2026-01-01T18:14:00Z", "Asia/Kathmandu", "2026-01-01"],
    ["2026-01-01T18:15:00Z", "Asia/Kathmandu", "2026-01-02"],
  ])("%s in %s is %s", (instant, zone, date) => {
    expect(localDate(new Date(instant), zone)).toBe(date);
  });
});

describe("end of a local day as an instant", () => {
  it.each([
    ["2026-03-02", "Europe/Berlin", "2026-03-02T22:59:59.999Z"],
    ["2026-03-28", "Europe/Berlin", "2026-03-28T22:59:59.999Z"],
    ["2026-03-29", "Europe/Berlin", "2026-03-29T21:59:59.999Z"],
    ["2026-10-25", "Europe/Berlin", "2026-10-25T22:59:59.999Z"],
    ["2026-03-08", "America/Los_Angeles", "2026-03-09T06:59:59.999Z"],
    ["2026-11-01", "America/Los_Angeles", "2026-11-02T07:59:59.999Z"],
    ["2026-01-22", "Europe/Moscow", "2026-01-22T20:59:59.999Z"],
    ["2026-01-01", "Asia/Kathmandu", "2026-01-01T18:14:59.999Z"],
    ["2026-07-01", "UTC", "2026-07-01T23:59:59.999Z"],
  ])("%s in %s ends at %s", (date, zone, instant) => {
    expect(endOfDay(date, zone).toISOString()).toBe(instant);
  });
});

it("recognises IANA zones and nothing else", () => {
  expect(isTimeZone("Europe/Berlin")).toBe(true);
  expect(isTimeZone("Asia/Tashkent")).toBe(true);
  expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  expect(isTimeZone("")).toBe(false);
});

it("turns a wall-clock time in a zone into the instant it names", () => {
  expect(zonedInstant("2026-11-20", "14:30", "Asia/Tashkent").toISOString()).toBe("2026-11-20T09:30:00.000Z");
  expect(zonedInstant("2026-03-29", "12:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T10:00:00.000Z");
  expect(zonedInstant("2026-03-28", "12:00", "Europe/Berlin").toISOString()).toBe("2026-03-28T11:00:00.000Z");
});

describe("readings remembered per zone and instant", () => {
  // Independent of zone.ts: the wall clock straight from Intl, every time.
  const afresh = (instant: Date, timeZone: string) => {
    const f = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };

  it.each([
    ["Europe/Berlin", "2026-03-29T00:00:00Z"],
    ["America/Los_Angeles", "2026-11-01T07:00:00Z"],
    ["Australia/Lord_Howe", "2026-04-04T14:00:00Z"],
  ])("answer %s across its DST change as Intl does, asked once or again, minute by minute", (zone, from) => {
    const start = new Date(from).getTime();
    for (let pass = 0; pass < 2; pass++) {
      for (let m = 0; m < 4 * 60; m += 7) {
        const instant = new Date(start + m * 60_000 + 123);
        expect(`${localDate(instant, zone)} ${localTime(instant, zone)}`).toBe(afresh(instant, zone));
      }
    }
  });

  it("places one instant in each zone separately", () => {
    const instant = new Date("2026-01-31T22:30:00Z");
    expect([localDate(instant, "Europe/Berlin"), localDate(instant, "Asia/Tashkent"), localDate(instant, "Europe/Berlin")]).toEqual(["2026-01-31", "2026-02-01", "2026-01-31"]);
  });
});
