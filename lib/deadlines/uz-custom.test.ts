import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

/** Deepen: Uzbekistan, "within 14 days of the written request". */
function uz(type: DeadlineInput["type"], receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({
    regime: "uz-zru547",
    type,
    receivedAt: new Date(receivedAt),
    timeZone: "Asia/Tashkent",
    country: "UZ",
    promise: { days: 14, unit: "calendar" },
    ...extra,
  });
}

describe("Uzbekistan ZRU-547 with the operator's promise", () => {
  it("the promise governs where the law is silent: deletion, Mon 12 Jan + 14 days → Mon 26 Jan", () => {
    expect(uz("deletion", "2026-01-12T10:00:00+05:00").dueDate).toBe("2026-01-26");
  });

  it("art. 11 is stricter for a correction: 3 days → Thu 15 Jan, and the explanation names both", () => {
    const r = uz("correction", "2026-01-12T10:00:00+05:00");
    expect(r.dueDate).toBe("2026-01-15");
    expect(r.steps.join("\n")).toMatch(/the earlier of the two applies \(ZRU-547 art\. 11: Thu 15 Jan 2026; the operator's promise: Mon 26 Jan 2026\)/);
  });

  it("a promise stricter than art. 11 wins: 2 days → Wed 14 Jan", () => {
    expect(uz("correction", "2026-01-12T10:00:00+05:00", { promise: { days: 2, unit: "calendar" } }).dueDate).toBe("2026-01-14");
  });

  it("the day in Tashkent: 22:30 UTC Sat 31 Jan is Sun 1 Feb → MVSEP's 30 days end Tue 3 Mar (not 2 Mar)", () => {
    expect(uz("access", "2026-01-31T22:30:00Z", { promise: { days: 30, unit: "calendar" } }).dueDate).toBe("2026-03-03");
  });

  it("a promise is paused while the operator waits for the requester: 14 days + 2 → Wed 28 Jan", () => {
    expect(uz("deletion", "2026-01-12T10:00:00+05:00", { pauses: [{ from: "2026-01-15", to: "2026-01-16" }] }).dueDate).toBe("2026-01-28");
  });

  it("a promised extension: 14 + 14 days → Mon 9 Feb, notice by Mon 26 Jan", () => {
    const r = uz("deletion", "2026-01-12T10:00:00+05:00", { promise: { days: 14, unit: "calendar", extensionDays: 14 }, extended: true });
    expect(r.dueDate).toBe("2026-02-09");
    expect(r.extensionNoticeBy).toBe("2026-01-26");
  });

  it("no extension without a promised one", () => {
    expect(() => uz("deletion", "2026-01-12T10:00:00+05:00", { extended: true })).toThrow(/allows no extension/);
  });
});

describe("working-day promises on Uzbekistan's 2026 decree calendar", () => {
  const working = (days: number, receivedAt: string, extra: Partial<DeadlineInput> = {}) =>
    uz("deletion", receivedAt, { promise: { days, unit: "working" }, ...extra });

  it("Kurban Hayit (27 May) and the decree's extra days off (28–29 May): 5 working days from Mon 25 May → Thu 4 Jun", () => {
    const r = working(5, "2026-05-25T10:00:00+05:00");
    expect(r.dueDate).toBe("2026-06-04");
    expect(r.provisional).toBe(false);
  });

  it("Sat 12 Dec 2026 is a working day by the decree: 3 working days from Wed 9 Dec → Sat 12 Dec", () => {
    expect(working(3, "2026-12-09T10:00:00+05:00").dueDate).toBe("2026-12-12");
  });

  it("Thu 31 Dec 2026 is a day off by the decree, and 2027 has no official data: provisional", () => {
    const r = working(2, "2026-12-29T10:00:00+05:00");
    expect(r.dueDate).toBe("2027-01-04");
    expect(r.provisional).toBe(true);
  });

  it("working days spent waiting are not counted: Mon 2 Feb, waiting 4–5 Feb → 5 working days end Wed 11 Feb", () => {
    expect(working(5, "2026-02-02T10:00:00+05:00", { pauses: [{ from: "2026-02-04", to: "2026-02-05" }] }).dueDate).toBe("2026-02-11");
  });
});

describe("the custom regime: an operator's promise alone", () => {
  const custom = (extra: Partial<DeadlineInput>) =>
    computeDeadline({ regime: "custom", type: "access", receivedAt: new Date("2026-01-12T10:00:00+01:00"), timeZone: "Europe/Berlin", country: "DE", ...extra });

  it("N calendar days, never rolled: 12 Jan + 26 → Sat 7 Feb stays", () => {
    expect(custom({ promise: { days: 26, unit: "calendar" } }).dueDate).toBe("2026-02-07");
  });

  it("N working days of the portal's country", () => {
    expect(custom({ promise: { days: 10, unit: "working" } }).dueDate).toBe("2026-01-26");
  });

  it("needs a promise, and says which field is missing", () => {
    expect(() => custom({})).toThrow(DeadlineInputError);
    expect(() => custom({})).toThrow(/the portal must promise one/);
  });
});
