import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

const valid: DeadlineInput = {
  regime: "eu-gdpr",
  type: "access",
  receivedAt: new Date("2026-02-10T09:00:00Z"),
  timeZone: "Europe/Berlin",
  country: "DE",
};

function fieldOf(extra: Partial<DeadlineInput>): string | undefined {
  try {
    computeDeadline({ ...valid, ...extra } as DeadlineInput);
  } catch (e) {
    if (e instanceof DeadlineInputError) return e.field;
    throw e;
  }
  return undefined;
}

describe("the engine refuses bad input, naming the field", () => {
  it.each([
    [{ regime: "gdpr" }, "regime"],
    [{ type: "erase" }, "type"],
    [{ receivedAt: new Date("nonsense") }, "receivedAt"],
    [{ identityVerifiedAt: new Date(Number.NaN) }, "identityVerifiedAt"],
    [{ timeZone: "CET+1" }, "timeZone"],
    [{ country: "EU" }, "country"],
    [{ pauses: [{ from: "2026-02-30", to: "2026-03-01" }] }, "pauses"],
    [{ pauses: [{ from: "2026-03-02", to: "2026-03-01" }] }, "pauses"],
    [{ overrides: [{ date: "2026-3-1", working: false, reason: "x" }] }, "overrides"],
    [{ promise: { days: 0, unit: "calendar" } }, "promise"],
    [{ promise: { days: 1.5, unit: "calendar" } }, "promise"],
    [{ promise: { days: 400, unit: "calendar" } }, "promise"],
    [{ promise: { days: 14, unit: "weeks" } }, "promise"],
    [{ promise: { days: 14, unit: "calendar", extensionDays: -1 } }, "promise"],
    [{ submittedAt: new Date("nonsense") }, "submittedAt"],
    [{ submittedAt: new Date("2026-02-10T09:00:01Z") }, "submittedAt"],
  ] as [Partial<DeadlineInput>, string][])("%j → %s", (extra, field) => {
    expect(fieldOf(extra)).toBe(field);
  });

  it("accepts the valid input", () => {
    expect(fieldOf({})).toBeUndefined();
  });

  it("accepts a submission at or before the clock start, and a 0-day promise for blocking", () => {
    expect(fieldOf({ submittedAt: new Date("2026-02-10T09:00:00Z") })).toBeUndefined();
    expect(fieldOf({ submittedAt: new Date("2026-02-09T09:00:00Z") })).toBeUndefined();
    expect(fieldOf({ type: "restriction", promise: { days: 0, unit: "calendar" } })).toBeUndefined();
  });
});
