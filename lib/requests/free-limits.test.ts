import { describe, expect, it } from "vitest";
import { freeLimit, windowStart } from "./free-limits";

describe("free-request limits", () => {
  it("Virginia (the engine's data): twice annually for every consumer right, none for an appeal", () => {
    expect(freeLimit("us-va-vcdpa", "deletion")).toMatchObject({ count: 2, months: 12, source: "Va. Code §59.1-577(B)(3)" });
    expect(freeLimit("us-va-vcdpa", "appeal")).toBeUndefined();
  });

  it("California: twice in 12 months for requests to know only", () => {
    expect(freeLimit("us-ca-ccpa", "access")).toMatchObject({ count: 2, months: 12 });
    expect(freeLimit("us-ca-ccpa", "deletion")).toBeUndefined();
  });

  it("GDPR sets no number; Oregon allows one a year", () => {
    expect(freeLimit("eu-gdpr", "access")).toBeUndefined();
    expect(freeLimit("us-or-ocpa", "correction")).toMatchObject({ count: 1, months: 12 });
  });

  it.each([
    ["2026-06-15T12:00:00Z", "2025-06-15T12:00:00.000Z"],
    ["2028-02-29T08:00:00Z", "2027-02-28T08:00:00.000Z"],
    ["2026-03-31T23:30:00Z", "2025-03-31T23:30:00.000Z"],
  ])("the 12 months ending %s start %s", (at, start) => {
    expect(windowStart(new Date(at), 12).toISOString()).toBe(start);
  });
});
