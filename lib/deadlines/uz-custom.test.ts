import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, pausesClock, type DeadlineInput } from ".";

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

describe("ZRU-547's own periods and clock start", () => {
  it("art. 11 runs from submission, not from a later verification: submitted Mon 12 Jan, verified Tue 13 Jan → Thu 15 Jan", () => {
    const r = uz("correction", "2026-01-13T10:00:00+05:00", { submittedAt: new Date("2026-01-12T10:00:00+05:00"), promise: { days: 30, unit: "calendar" } });
    expect(r.dueDate).toBe("2026-01-15");
    expect(r.steps).toContain("submitted Mon 12 Jan 2026 at 10:00 Asia/Tashkent (05:00 UTC)");
    expect(r.steps).toContain("ZRU-547 art. 11: the period runs from the submission of the request, not from the portal's later clock start → from Mon 12 Jan 2026");
    expect(r.steps).toContain("ZRU-547 art. 11: three calendar days from Mon 12 Jan 2026, the start day not counted → Thu 15 Jan 2026");
  });

  it("the promise keeps the portal's clock start: 30 days from the verification on Tue 13 Jan → Thu 12 Feb", () => {
    const r = uz("correction", "2026-01-13T10:00:00+05:00", { submittedAt: new Date("2026-01-12T10:00:00+05:00"), promise: { days: 30, unit: "calendar" } });
    expect(r.steps.join("\n")).toContain("(ZRU-547 art. 11: Thu 15 Jan 2026; the operator's promise: Thu 12 Feb 2026)");
  });

  it("submission is taken in Tashkent: 19:30 UTC Mon 12 Jan is 00:30 Tue 13 Jan there → Fri 16 Jan", () => {
    expect(uz("correction", "2026-01-14T10:00:00+05:00", { submittedAt: new Date("2026-01-12T19:30:00Z") }).dueDate).toBe("2026-01-16");
  });

  it("art. 21: a refusal of access in writing within ten days, beside the promise's answer: Mon 12 Jan → refuse by Thu 22 Jan, answer by Wed 11 Feb", () => {
    const r = uz("access", "2026-01-12T10:00:00+05:00", { promise: { days: 30, unit: "calendar" } });
    expect(r.dueDate).toBe("2026-02-11");
    expect(r.refusalBy).toBe("2026-01-22");
    expect(r.steps).toContain("ZRU-547 art. 21: a refusal must be given in writing, with its reasons, within ten calendar days from Mon 12 Jan 2026, the start day not counted → Thu 22 Jan 2026");
  });

  it("no refusal period of its own for other types, or under other laws", () => {
    expect(uz("deletion", "2026-01-12T10:00:00+05:00").refusalBy).toBeNull();
    expect(computeDeadline({ regime: "eu-gdpr", type: "access", receivedAt: new Date("2026-01-12T10:00:00+01:00"), timeZone: "Europe/Berlin", country: "DE" }).refusalBy).toBeNull();
  });

  it("art. 23: an objection is answered within ten days, stricter than a 30-day promise: Mon 12 Jan → Thu 22 Jan", () => {
    const r = uz("objection", "2026-01-12T10:00:00+05:00", { promise: { days: 30, unit: "calendar" } });
    expect(r.dueDate).toBe("2026-01-22");
    expect(r.steps.join("\n")).toContain("ZRU-547 art. 23: an objection to a decision taken solely by automated processing is answered within ten days");
  });
});

describe("Deepen's blocking, due the day it is asked (policy §7.2.4)", () => {
  const blocking = (receivedAt: string) => uz("restriction", receivedAt, { promise: { days: 0, unit: "calendar" } });

  it("a promise of 0 days is due at the end of the day received: Mon 12 Jan 15:00 → Mon 12 Jan 23:59:59.999 Tashkent", () => {
    const r = blocking("2026-01-12T15:00:00+05:00");
    expect(r.dueDate).toBe("2026-01-12");
    expect(r.dueAt.toISOString()).toBe("2026-01-12T18:59:59.999Z");
    expect(r.steps).toContain("the operator's promise: due on the day of the request → Mon 12 Jan 2026");
  });

  it("the day is Tashkent's: 20:00 UTC Mon 12 Jan is Tue 13 Jan there", () => {
    expect(blocking("2026-01-12T20:00:00Z").dueDate).toBe("2026-01-13");
  });

  it("counts from submission where the portal's clock starts on verification: submitted Mon 12 Jan, confirmed Tue 13 Jan → due Mon 12 Jan", () => {
    const r = uz("restriction", "2026-01-13T09:30:00+05:00", { submittedAt: new Date("2026-01-12T20:00:00+05:00"), promise: { days: 0, unit: "calendar" } });
    expect(r.dueDate).toBe("2026-01-12");
    expect(r.dueAt.toISOString()).toBe("2026-01-12T18:59:59.999Z");
  });

  it("is not paused while the requester is asked a question: submitted Mon 12 Jan, waiting 12–14 Jan → still due Mon 12 Jan", () => {
    expect(pausesClock("uz-zru547", "restriction", { days: 0, unit: "calendar" })).toBe(false);
    expect(uz("restriction", "2026-01-12T10:00:00+05:00", { promise: { days: 0, unit: "calendar" }, pauses: [{ from: "2026-01-12", to: "2026-01-14" }] }).dueDate).toBe("2026-01-12");
  });

  it("only blocking can be promised for the day it is asked", () => {
    expect(() => uz("deletion", "2026-01-12T15:00:00+05:00", { promise: { days: 0, unit: "calendar" } })).toThrow(/from 1 to 366, not 0 \(only blocking can be promised for the day it is asked\)/);
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
