import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

function ccpa(receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime: "us-ca-ccpa", type: "deletion", receivedAt: new Date(receivedAt), timeZone: "America/Los_Angeles", country: "US-CA", ...extra });
}

describe("CCPA regulations, 11 CCR §7021", () => {
  it.each([
    ["§7021(b): 45 calendar days from Mon 5 Jan → Thu 19 Feb", "deletion", "2026-01-05T10:00:00-08:00", "2026-02-19"],
    ["§7021(b): no roll — Wed 7 Jan + 45 → Sat 21 Feb stays", "access", "2026-01-07T10:00:00-08:00", "2026-02-21"],
    ["§7021(b): the portal's date — 05:00 UTC on 1 Mar is Sat 28 Feb in California → Tue 14 Apr", "correction", "2026-03-01T05:00:00Z", "2026-04-14"],
    ["§7021(b): a portable copy answers a request to know → 45 days", "portability", "2026-01-05T10:00:00-08:00", "2026-02-19"],
  ])("%s", (_rule, type, receivedAt, dueDate) => {
    expect(ccpa(receivedAt, { type: type as DeadlineInput["type"] }).dueDate).toBe(dueDate);
  });

  it("§7021(b): +45 days, 90 in all from receipt, no roll: Mon 5 Jan → Sun 5 Apr; notice inside the first 45 days", () => {
    const r = ccpa("2026-01-05T10:00:00-08:00", { extended: true });
    expect(r.dueDate).toBe("2026-04-05");
    expect(r.extensionNoticeBy).toBe("2026-02-19");
  });

  it("§7021(a): confirm receipt within 10 business days, skipping Martin Luther King Jr. Day → Tue 20 Jan", () => {
    expect(ccpa("2026-01-05T10:00:00-08:00").acknowledgeBy).toBe("2026-01-20");
  });

  it("§7021(a) over Christmas and New Year: Sun 20 Dec 2026 → Tue 5 Jan 2027", () => {
    expect(ccpa("2026-12-20T10:00:00-08:00").acknowledgeBy).toBe("2027-01-05");
  });

  it("§7021(b): verification does not move the start", () => {
    const r = ccpa("2026-01-05T10:00:00-08:00", { identityVerifiedAt: new Date("2026-01-20T10:00:00-08:00") });
    expect(r.dueDate).toBe("2026-02-19");
    expect(r.steps.join("\n")).toMatch(/runs from receipt/);
  });

  it("a due day on the spring DST change ends at 23:59:59.999 PDT: Thu 22 Jan + 45 → Sun 8 Mar", () => {
    const r = ccpa("2026-01-22T10:00:00-08:00");
    expect(r.dueDate).toBe("2026-03-08");
    expect(r.dueAt.toISOString()).toBe("2026-03-09T06:59:59.999Z");
  });

  it("§7026(f)(1): an opt-out (objection) within 15 business days, skipping MLK Day → Tue 27 Jan; it cannot be extended", () => {
    const r = ccpa("2026-01-05T10:00:00-08:00", { type: "objection" });
    expect(r.dueDate).toBe("2026-01-27");
    expect(r.extensionNoticeBy).toBeNull();
    expect(() => ccpa("2026-01-05T10:00:00-08:00", { type: "objection", extended: true })).toThrow(DeadlineInputError);
  });

  it("§7027(g)(1): a request to limit sensitive data use (restriction) within 15 business days", () => {
    expect(ccpa("2026-01-05T10:00:00-08:00", { type: "restriction" }).dueDate).toBe("2026-01-27");
  });

  it("waiting for the requester does not pause the 45 days, and the explanation says so", () => {
    const r = ccpa("2026-01-05T10:00:00-08:00", { pauses: [{ from: "2026-01-10", to: "2026-01-20" }] });
    expect(r.dueDate).toBe("2026-02-19");
    expect(r.steps.join("\n")).toMatch(/does not stop the clock/);
  });
});
