import { describe, expect, it } from "vitest";
import { describeSkipped, WorkingCalendar } from "./calendar";
import { parseRegion } from "./holidays";

const calendar = (code: string, overrides: ConstructorParameters<typeof WorkingCalendar>[1] = []) =>
  new WorkingCalendar(parseRegion(code)!, overrides);

describe("working days: decree calendars, the holiday library and portal overrides", () => {
  it.each([
    ["RU", "2026-01-09", false, "Decree No. 1466: Fri 9 Jan takes the day off moved from Sat 3 Jan"],
    ["RU", "2026-01-12", true, "the first working day of 2026 in Russia"],
    ["RU", "2026-02-23", false, "Defender of the Fatherland Day"],
    ["RU", "2026-05-11", false, "Victory Day moved from Sat 9 May"],
    ["RU", "2026-12-31", false, "Decree No. 1466: Thu 31 Dec takes the day off moved from Sun 4 Jan"],
    ["RU", "2026-12-30", true, "an ordinary Wednesday"],
    ["UZ", "2026-01-02", false, "the 2026 decree's additional day off"],
    ["UZ", "2026-03-23", false, "Navruz moved from Sat 21 Mar"],
    ["UZ", "2026-05-28", false, "the decree's day off after Kurban Hayit"],
    ["UZ", "2026-12-12", true, "a working Saturday: its day off moved to Thu 31 Dec"],
    ["UZ", "2026-12-31", false, "the day off moved from Sat 12 Dec"],
    ["DE", "2026-10-03", false, "Day of German Unity (a Saturday anyway)"],
    ["DE", "2026-01-06", true, "Epiphany is not a national holiday"],
    ["DE-BY", "2026-01-06", false, "Epiphany is a Bavarian holiday"],
    ["TR", "2026-05-26", true, "the eve of Kurban Bayramı is only a half day off"],
    ["TR", "2026-05-27", false, "Kurban Bayramı, first day"],
    ["TR", "2026-05-29", false, "Kurban Bayramı, third day"],
    ["US-CA", "2026-03-31", false, "César Chávez Day in California"],
    ["US", "2026-03-31", true, "not a federal holiday"],
  ])("%s %s working=%s (%s)", (code, date, working) => {
    expect(calendar(code).isWorking(date)).toBe(working);
  });

  it("a year of a decree country without official data is provisional; other countries never are", () => {
    const ru = calendar("RU");
    ru.isWorking("2026-06-01");
    expect([...ru.provisionalYears]).toEqual([]);
    ru.isWorking("2027-06-01");
    expect([...ru.provisionalYears]).toEqual([2027]);
    const de = calendar("DE");
    de.isWorking("2031-06-02");
    expect([...de.provisionalYears]).toEqual([]);
  });

  it("portal overrides beat the decree, the library and the weekend", () => {
    const ru = calendar("RU", [
      { date: "2026-01-09", working: true, reason: "on call" },
      { date: "2026-07-01", working: false, reason: "company holiday" },
    ]);
    expect(ru.status("2026-01-09")).toEqual({ working: true, reason: "portal calendar: on call" });
    expect(ru.status("2026-07-01")).toEqual({ working: false, reason: "portal calendar: company holiday" });
  });

  it("counts working days from the day after the start and reports what it passed over", () => {
    const r = calendar("RU").addWorkingDays("2025-12-31", 1);
    expect(r.date).toBe("2026-01-12");
    expect(describeSkipped(r.skipped)).toBe("1–11 Jan 2026 (New Year holidays and Christmas; Sat 3 and Sun 4 Jan moved to Fri 9 Jan and Thu 31 Dec)");
  });

  it("collapses plain weekends into a count when asked", () => {
    const r = calendar("DE").addWorkingDays("2026-03-30", 10);
    expect(r.date).toBe("2026-04-15");
    expect(describeSkipped(r.skipped, { countWeekends: true })).toBe("one weekend and 3–6 Apr 2026 (Good Friday; weekend; Easter Monday)");
  });
});

describe("regions", () => {
  it.each([
    ["DE", { country: "DE" }],
    ["de-by", { country: "DE", state: "BY" }],
    ["US-CA", { country: "US", state: "CA" }],
    ["XX", null],
    ["DE-XX", null],
    ["DE-BY-1", null],
    ["", null],
  ])("%s → %o", (code, region) => {
    expect(parseRegion(code)).toEqual(region);
  });
});
