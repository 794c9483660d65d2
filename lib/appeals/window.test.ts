import { describe, expect, it } from "vitest";
import { appealWindow } from "./window";

const va = { regime: "us-va-vcdpa" as const, timeZone: "America/New_York", appealWindowDays: 60 };
// Declined on Mon 5 Jan 2026 at 15:00 in Richmond.
const declined = { type: "deletion" as const, status: "rejected" as const, closedAt: new Date("2026-01-05T20:00:00Z"), duplicateState: null };

describe("appealWindow", () => {
  it("a Virginia decision of Mon 5 Jan can be appealed through the end of Fri 6 Mar in Richmond (60 days, the decision day not counted)", () => {
    expect(appealWindow({ portal: va, request: declined, appealed: false, now: new Date("2026-03-07T04:59:59Z") })).toEqual({ state: "open", until: "2026-03-06" });
    expect(appealWindow({ portal: va, request: declined, appealed: false, now: new Date("2026-03-07T05:00:00Z") })).toEqual({ state: "closed", until: "2026-03-06" });
  });

  it("the portal's window is used: 30 days from Mon 5 Jan → Wed 4 Feb", () => {
    expect(appealWindow({ portal: { ...va, appealWindowDays: 30 }, request: declined, appealed: false, now: new Date("2026-01-10T12:00:00Z") })).toEqual({ state: "open", until: "2026-02-04" });
  });

  it("a decision is appealed once", () => {
    expect(appealWindow({ portal: va, request: declined, appealed: true, now: new Date("2026-01-10T12:00:00Z") })).toEqual({ state: "appealed" });
  });

  it.each([
    ["a GDPR portal: the supervisory authority instead", { ...va, regime: "eu-gdpr" as const }, declined],
    ["a request still open", va, { ...declined, status: "in_progress" as const, closedAt: null }],
    ["a withdrawn request: nothing was decided", va, { ...declined, status: "withdrawn" as const }],
    ["an appeal's own decision", va, { ...declined, type: "appeal" as const }],
    ["a duplicate merged into an earlier request, which is what gets answered", va, { ...declined, duplicateState: "merged" as const }],
  ])("no appeal for %s", (_what, portal, request) => {
    expect(appealWindow({ portal, request, appealed: false, now: new Date("2026-01-10T12:00:00Z") })).toEqual({ state: "none" });
  });
});
