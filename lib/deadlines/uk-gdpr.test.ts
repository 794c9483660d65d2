import { describe, expect, it } from "vitest";
import { computeDeadline, pausesClock, type DeadlineInput } from ".";

function uk(receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime: "uk-gdpr", type: "access", receivedAt: new Date(receivedAt), timeZone: "Europe/London", country: "GB", ...extra });
}

describe("UK GDPR art. 12(3) as the ICO applies it", () => {
  it("one calendar month from receipt: Mon 5 Jan → Thu 5 Feb", () => {
    expect(uk("2026-01-05T10:00:00Z").dueDate).toBe("2026-02-05");
  });

  it.each([
    ["identity evidence arriving Mon 12 Jan starts the month then → Thu 12 Feb", { identityVerifiedAt: new Date("2026-01-12T16:00:00Z") }, "2026-02-12"],
    ["the latest of identity (7 Jan) and fee (9 Jan) starts it → Mon 9 Feb", { identityVerifiedAt: new Date("2026-01-07T09:00:00Z"), feePaidAt: new Date("2026-01-09T09:00:00Z") }, "2026-02-09"],
    ["evidence sent with the request does not move the start → Thu 5 Feb", { identityVerifiedAt: new Date("2026-01-05T08:00:00Z") }, "2026-02-05"],
  ])("ICO: the clock starts at the latest of receipt, identity evidence and fee: %s", (_rule, extra, dueDate) => {
    expect(uk("2026-01-05T10:00:00Z", extra).dueDate).toBe(dueDate);
  });

  it.each([
    ["asked Fri 9 Jan, answered Wed 14 Jan: 6 days added, both inclusive → Wed 11 Feb", [{ from: "2026-01-09", to: "2026-01-14" }], "2026-02-11"],
    ["overlapping pauses 9–12 and 11–14 Jan count once: 6 days → Wed 11 Feb", [{ from: "2026-01-09", to: "2026-01-12" }, { from: "2026-01-11", to: "2026-01-14" }], "2026-02-11"],
    ["two separate pauses add up: 9–10 Jan (2) and 20–22 Jan (3) → Tue 10 Feb", [{ from: "2026-01-09", to: "2026-01-10" }, { from: "2026-01-20", to: "2026-01-22" }], "2026-02-10"],
    ["a pause that began after the deadline (1–3 Mar) stops nothing → Thu 5 Feb", [{ from: "2026-03-01", to: "2026-03-03" }], "2026-02-05"],
    ["a pause before the clock started (1–3 Jan) stops nothing → Thu 5 Feb", [{ from: "2026-01-01", to: "2026-01-03" }], "2026-02-05"],
  ])("ICO clarification pause: %s", (_rule, pauses, dueDate) => {
    expect(uk("2026-01-05T10:00:00Z", { pauses }).dueDate).toBe(dueDate);
  });

  it("ICO: paused days are added before the weekend roll: Wed 7 Jan → Sat 7 Feb, +1 day → Sun 8 Feb → Mon 9 Feb (not Mon 9 + 1 = Tue 10)", () => {
    const r = uk("2026-01-07T10:00:00Z", { pauses: [{ from: "2026-01-12", to: "2026-01-12" }] });
    expect(r.dueDate).toBe("2026-02-09");
  });

  it("art. 12(3) extension with a pause: 5 Jan + 3 months = Sun 5 Apr, +6 paused days → Sat 11 Apr → Mon 13 Apr; notice by the paused base date Wed 11 Feb", () => {
    const r = uk("2026-01-05T10:00:00Z", { extended: true, pauses: [{ from: "2026-01-09", to: "2026-01-14" }] });
    expect(r.dueDate).toBe("2026-04-13");
    expect(r.extensionNoticeBy).toBe("2026-02-11");
    expect(r.dueAt.toISOString()).toBe("2026-04-13T22:59:59.999Z");
  });

  it("art. 3(4)-style roll over UK bank holidays: 28 Dec is the Boxing Day substitute → Tue 29 Dec", () => {
    expect(uk("2026-11-28T10:00:00Z").dueDate).toBe("2026-12-29");
  });

  it("explains the pause in words", () => {
    const steps = uk("2026-01-05T10:00:00Z", { pauses: [{ from: "2026-01-09", to: "2026-01-14" }] }).steps.join("\n");
    expect(steps).toContain("waiting for the requester 9–14 Jan 2026 stops the clock: six days, both ends counted, added → Wed 11 Feb 2026");
  });
});

describe("UK GDPR: the clarification pause per request type", () => {
  it("the ICO allows it for an access request, and the step says on what condition", () => {
    const r = uk("2026-01-05T10:00:00Z", { pauses: [{ from: "2026-01-09", to: "2026-01-14" }] });
    expect(r.dueDate).toBe("2026-02-11");
    expect(r.steps.join("\n")).toContain("which the ICO allows for an access request where the controller processes a large amount of information about the person");
    expect(pausesClock("uk-gdpr", "access", undefined)).toBe(true);
  });

  it.each(["deletion", "correction", "objection", "portability"] as const)("not for %s: waiting 9–14 Jan stops nothing → Thu 5 Feb, and the step says why", (type) => {
    const r = uk("2026-01-05T10:00:00Z", { type, pauses: [{ from: "2026-01-09", to: "2026-01-14" }] });
    expect(r.dueDate).toBe("2026-02-05");
    expect(r.steps.join("\n")).toContain(
      "does not stop the clock: the ICO lets the clock stop for a clarification only on an access request where the controller processes a large amount of information about the person; for any other request the month runs on",
    );
    expect(pausesClock("uk-gdpr", type, undefined)).toBe(false);
  });

  it("the EU GDPR allows no pause for any type", () => {
    expect(pausesClock("eu-gdpr", "access", undefined)).toBe(false);
  });
});
