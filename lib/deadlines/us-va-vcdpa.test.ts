import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

function va(receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime: "us-va-vcdpa", type: "deletion", receivedAt: new Date(receivedAt), timeZone: "America/New_York", country: "US-VA", ...extra });
}

describe("Virginia VCDPA, Va. Code §59.1-577", () => {
  it("(B)(1): 45 calendar days from Mon 5 Jan 2026 → Thu 19 Feb 2026", () => {
    expect(va("2026-01-05T10:00:00-05:00").dueDate).toBe("2026-02-19");
  });

  it("(B)(1): +45 once, 90 in all: Mon 5 Jan → Sun 5 Apr, notice by Thu 19 Feb", () => {
    const r = va("2026-01-05T10:00:00-05:00", { extended: true });
    expect(r.dueDate).toBe("2026-04-05");
    expect(r.extensionNoticeBy).toBe("2026-02-19");
  });

  it("(C): an appeal lodged Mon 5 Jan 2026 is decided by Fri 6 Mar 2026 (26 + 28 + 6 days)", () => {
    const r = va("2026-01-05T10:00:00-05:00", { type: "appeal" });
    expect(r.dueDate).toBe("2026-03-06");
    expect(r.steps.join("\n")).toMatch(/§59\.1-577\(C\)/);
  });

  it("(C): the day is Virginia's: 03:00 UTC on Sat 1 Aug is Fri 31 Jul in Richmond → Tue 29 Sep, no roll", () => {
    expect(va("2026-08-01T03:00:00Z", { type: "appeal" }).dueDate).toBe("2026-09-29");
  });

  it("(C): an appeal's 60 days cannot be extended", () => {
    expect(() => va("2026-01-05T10:00:00-05:00", { type: "appeal", extended: true })).toThrow(DeadlineInputError);
  });
});
