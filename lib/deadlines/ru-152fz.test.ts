import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

function ru(type: DeadlineInput["type"], receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime: "ru-152fz", type, receivedAt: new Date(receivedAt), timeZone: "Europe/Moscow", country: "RU", ...extra });
}

describe("Russia 152-FZ on the 2026 production calendar (Decree No. 1466)", () => {
  it.each([
    ["art. 14(3): 10 working days from the day after a holiday receipt (Fri 9 Jan) → Fri 23 Jan", "access", "2026-01-09T12:00:00+03:00", "2026-01-23"],
    ["art. 14(3) across the May holidays (1–3 and 9–11 May): Wed 29 Apr → Fri 15 May", "access", "2026-04-29T12:00:00+03:00", "2026-05-15"],
    ["art. 20(3) correction, 7 working days across 21–23 Feb: Thu 19 Feb → Tue 3 Mar", "correction", "2026-02-19T12:00:00+03:00", "2026-03-03"],
    ["art. 20(3) destruction, 7 working days across 7–9 Mar: Thu 5 Mar → Tue 17 Mar", "deletion", "2026-03-05T12:00:00+03:00", "2026-03-17"],
    ["art. 21(5.1) stop processing, 10 working days across 12–14 Jun: Wed 3 Jun → Thu 18 Jun", "stop-processing", "2026-06-03T12:00:00+03:00", "2026-06-18"],
    ["art. 21(5.1) applies to an objection too: Wed 3 Jun → Thu 18 Jun", "objection", "2026-06-03T12:00:00+03:00", "2026-06-18"],
    ["art. 21(5) consent withdrawal, 30 calendar days, no roll: Fri 10 Apr → Sun 10 May (a holiday) stays", "consent-withdrawal", "2026-04-10T12:00:00+03:00", "2026-05-10"],
    ["art. 21(1) blocking applies from the moment of the request: due the same day", "restriction", "2026-03-10T12:00:00+03:00", "2026-03-10"],
    ["art. 14(3) for portability (no such right in 152-FZ): as access", "portability", "2026-04-29T12:00:00+03:00", "2026-05-15"],
    ["the day in Moscow: 21:30 UTC Tue 16 Jun is Wed 17 Jun → correction due Fri 26 Jun (not Thu 25 Jun)", "correction", "2026-06-16T21:30:00Z", "2026-06-26"],
  ])("%s", (_rule, type, receivedAt, dueDate) => {
    const r = ru(type as DeadlineInput["type"], receivedAt);
    expect(r.dueDate).toBe(dueDate);
    expect(r.provisional).toBe(false);
  });

  it("art. 14(3): +5 working days with a reasoned notice sent before the base period ends: Fri 15 May → Fri 22 May", () => {
    const r = ru("access", "2026-04-29T12:00:00+03:00", { extended: true });
    expect(r.dueDate).toBe("2026-05-22");
    expect(r.extensionNoticeBy).toBe("2026-05-15");
  });

  it("art. 21(5.1): +5 working days: Thu 18 Jun → Thu 25 Jun", () => {
    expect(ru("stop-processing", "2026-06-03T12:00:00+03:00", { extended: true }).dueDate).toBe("2026-06-25");
  });

  it.each(["correction", "deletion", "consent-withdrawal", "restriction"] as const)("%s cannot be extended under 152-FZ", (type) => {
    expect(() => ru(type, "2026-03-05T12:00:00+03:00", { extended: true })).toThrow(DeadlineInputError);
    expect(ru(type, "2026-03-05T12:00:00+03:00").extensionNoticeBy).toBeNull();
  });

  it("across the New Year into 2027, which has no official calendar: Wed 23 Dec 2026 → Fri 15 Jan 2027, flagged provisional", () => {
    const r = ru("access", "2026-12-23T12:00:00+03:00");
    expect(r.dueDate).toBe("2027-01-15");
    expect(r.provisional).toBe(true);
    expect(r.steps.join("\n")).toMatch(/provisional: no official RU calendar for 2027/);
  });

  it("names the decree and the holidays it passed over", () => {
    const steps = ru("access", "2026-01-09T12:00:00+03:00").steps.join("\n");
    expect(steps).toMatch(/Decree No\. 1466 of 24 Sep 2025/);
    expect(ru("access", "2026-04-29T12:00:00+03:00").steps.join("\n")).toMatch(/1–3 May 2026 \(Spring and Labour Day\).*9–11 May 2026 \(Victory Day/);
  });

  it("art. 21(1) blocking runs from submission even where the portal starts its clock on verification: submitted Mon 9 Mar, verified Tue 10 Mar → Mon 9 Mar", () => {
    const r = ru("restriction", "2026-03-10T12:00:00+03:00", { submittedAt: new Date("2026-03-09T18:00:00+03:00") });
    expect(r.dueDate).toBe("2026-03-09");
    expect(r.steps).toContain("152-FZ art. 21(1): the period runs from the submission of the request, not from the portal's later clock start → from Mon 9 Mar 2026");
  });

  it("working days are not paused by waiting for the requester (no such rule in 152-FZ)", () => {
    const r = ru("access", "2026-04-29T12:00:00+03:00", { pauses: [{ from: "2026-05-04", to: "2026-05-06" }] });
    expect(r.dueDate).toBe("2026-05-15");
    expect(r.steps.join("\n")).toMatch(/does not stop the clock/);
  });
});
