import { describe, expect, it } from "vitest";
import { computeDeadline, type DeadlineInput } from ".";

/** A German portal: Europe/Berlin, national holidays of DE. */
function gdpr(receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime: "eu-gdpr", type: "access", receivedAt: new Date(receivedAt), timeZone: "Europe/Berlin", country: "DE", ...extra });
}

describe("EU GDPR art. 12(3) with Regulation 1182/71", () => {
  it.each([
    ["art. 3(1)+3(2)(c): Tue 10 Feb → same date next month, Tue 10 Mar", "2026-02-10T09:00:00+01:00", "2026-03-10"],
    ["art. 3(2)(c): 31 Mar → 30 Apr, the month has no 31st", "2026-03-31T09:00:00+02:00", "2026-04-30"],
    ["art. 3(2)(c)+3(4): 31 Jan → 28 Feb (Sat) → Mon 2 Mar", "2026-01-31T10:00:00+01:00", "2026-03-02"],
    ["art. 3(2)(c) in a leap year: 31 Jan 2028 → Tue 29 Feb 2028", "2028-01-31T10:00:00+01:00", "2028-02-29"],
    ["art. 3(2)(c) from a leap day: Tue 29 Feb 2028 → Wed 29 Mar 2028", "2028-02-29T10:00:00+01:00", "2028-03-29"],
    ["art. 3(4): 3 Apr is Good Friday, then a weekend and Easter Monday → Tue 7 Apr", "2026-03-03T10:00:00+01:00", "2026-04-07"],
    ["art. 3(4): 25 Dec is Christmas, 26 Dec the second day, 27 Dec a Sunday → Mon 28 Dec", "2026-11-25T10:00:00+01:00", "2026-12-28"],
    ["art. 3(1) in the portal's zone: 23:30 UTC on Fri 27 Feb is Sat 28 Feb in Berlin → 28 Mar (Sat) → Mon 30 Mar", "2026-02-27T23:30:00Z", "2026-03-30"],
    ["art. 3(1) in the portal's zone: 22:30 UTC on Fri 27 Feb is still 27 Feb in Berlin → Fri 27 Mar", "2026-02-27T22:30:00Z", "2026-03-27"],
  ])("%s", (_rule, receivedAt, dueDate) => {
    expect(gdpr(receivedAt).dueDate).toBe(dueDate);
  });

  it("art. 12(3): the requester must be told of an extension within the first month, so the notice deadline is the base due date", () => {
    const r = gdpr("2026-01-31T10:00:00+01:00");
    expect(r.extensionNoticeBy).toBe("2026-03-02");
    expect(r.acknowledgeBy).toBeNull();
  });

  it.each([
    ["two further months from the original start: 31 Jan + 3 months → Thu 30 Apr (not 2 Mar + 2 months = 2 May)", "2026-01-31T10:00:00+01:00", "2026-04-30"],
    ["then the same roll: 3 Feb + 3 months → Sun 3 May → Mon 4 May", "2026-02-03T10:00:00+01:00", "2026-05-04"],
    ["across a leap day: 30 Nov 2027 + 3 months → Tue 29 Feb 2028", "2027-11-30T10:00:00+01:00", "2028-02-29"],
  ])("art. 12(3) extension, %s", (_rule, receivedAt, dueDate) => {
    const r = gdpr(receivedAt, { extended: true });
    expect(r.dueDate).toBe(dueDate);
  });

  it("the extended result still reports the notice deadline of the first month", () => {
    expect(gdpr("2026-02-03T10:00:00+01:00", { extended: true }).extensionNoticeBy).toBe("2026-03-03");
  });

  it("due instants are 23:59:59.999 in the portal's zone, across the spring DST change (CEST)", () => {
    const r = gdpr("2026-03-28T12:00:00+01:00");
    expect(r.dueDate).toBe("2026-04-28");
    expect(r.dueAt.toISOString()).toBe("2026-04-28T21:59:59.999Z");
  });

  it("due instants are 23:59:59.999 in the portal's zone, across the autumn DST change (CET)", () => {
    const r = gdpr("2026-09-29T12:00:00+02:00");
    expect(r.dueDate).toBe("2026-10-29");
    expect(r.dueAt.toISOString()).toBe("2026-10-29T22:59:59.999Z");
  });

  it("art. 12(3) has no clock pause: waiting for the requester is ignored, with a note", () => {
    const r = gdpr("2026-02-10T09:00:00+01:00", { pauses: [{ from: "2026-02-12", to: "2026-02-20" }] });
    expect(r.dueDate).toBe("2026-03-10");
    expect(r.steps.join("\n")).toMatch(/does not stop the clock/);
  });

  it("art. 3(4) uses the holidays of the portal's region: 6 Jan is a holiday in Bavaria (DE-BY) but not in DE", () => {
    expect(gdpr("2025-12-06T10:00:00+01:00").dueDate).toBe("2026-01-06");
    expect(gdpr("2025-12-06T10:00:00+01:00", { country: "DE-BY" }).dueDate).toBe("2026-01-07");
  });

  it("a portal calendar override (office closed) moves the roll; a working override stops it", () => {
    const closed = gdpr("2026-02-10T09:00:00+01:00", { overrides: [{ date: "2026-03-10", working: false, reason: "office move" }] });
    expect(closed.dueDate).toBe("2026-03-11");
    expect(closed.steps.join("\n")).toMatch(/portal calendar: office move/);
    const open = gdpr("2026-01-31T10:00:00+01:00", { overrides: [{ date: "2026-02-28", working: true, reason: "Saturday opening" }] });
    expect(open.dueDate).toBe("2026-02-28");
  });

  it("explains the issue's example step by step", () => {
    const r = gdpr("2026-01-31T10:00:00+01:00");
    expect(r.steps).toEqual([
      "received Sat 31 Jan 2026 at 10:00 Europe/Berlin (09:00 UTC)",
      "GDPR art. 12(3): one calendar month from Sat 31 Jan 2026, the start day not counted → Sat 28 Feb 2026, the month has no 31st, so its last day",
      "Sat 28 Feb 2026 is a Saturday → next working day Mon 2 Mar 2026",
      "GDPR art. 12(3), second sentence allows an extension to Thu 30 Apr 2026 if the requester is told, with reasons, by Mon 2 Mar 2026",
      "GDPR art. 12(3): due at the end of Mon 2 Mar 2026: 23:59:59.999 Europe/Berlin (2026-03-02T22:59:59.999Z)",
    ]);
    expect(r.provisional).toBe(false);
  });

  it("names the holiday that moved the deadline", () => {
    expect(gdpr("2026-03-03T10:00:00+01:00").steps.join("\n")).toMatch(/Fri 3 Apr 2026 is not a working day \(Good Friday\).*Easter Monday.*→ next working day Tue 7 Apr 2026/);
  });
});
