import { describe, expect, it } from "vitest";
import { appealRight, computeDeadline, DeadlineInputError, freeRequestLimit, type DeadlineInput, type RegimeId } from ".";

/** A request received Mon 2 Mar 2026 at 10:00 in New York (EST), or an appeal lodged Fri 15 May 2026 (EDT). */
const RECEIVED = "2026-03-02T10:00:00-05:00";
const LODGED = "2026-05-15T10:00:00-04:00";

function us(regime: RegimeId, type: DeadlineInput["type"], receivedAt: string, extra: Partial<DeadlineInput> = {}) {
  return computeDeadline({ regime, type, receivedAt: new Date(receivedAt), timeZone: "America/New_York", country: "US-VA", ...extra });
}

describe("US state laws: the response, counted in calendar days from the day after receipt", () => {
  it.each([
    // 2 Mar + 45: 29 days to 31 Mar, 16 more → Thu 16 Apr; + 45 more: 14 days to 30 Apr, 31 more → Sun 31 May.
    ["us-va-vcdpa", "2026-04-16", "2026-05-31"],
    ["us-co-cpa", "2026-04-16", "2026-05-31"],
    ["us-ct-ctdpa", "2026-04-16", "2026-05-31"],
    ["us-tx-tdpsa", "2026-04-16", "2026-05-31"],
    ["us-or-ocpa", "2026-04-16", "2026-05-31"],
    ["us-ut-ucpa", "2026-04-16", "2026-05-31"],
    ["us-ne-ndpa", "2026-04-16", "2026-05-31"],
    ["us-nj-njdpa", "2026-04-16", "2026-05-31"],
    // Iowa: 90 days → Sun 31 May; + 45: 30 days to 30 Jun, 15 more → Wed 15 Jul.
    ["us-ia-icdpa", "2026-05-31", "2026-07-15"],
  ] as const)("%s: an access request received Mon 2 Mar is due %s, or %s extended (notice by the first date)", (regime, base, extended) => {
    const r = us(regime, "access", RECEIVED);
    expect(r.dueDate).toBe(base);
    expect(r.extensionNoticeBy).toBe(base);
    const e = us(regime, "access", RECEIVED, { extended: true });
    expect(e.dueDate).toBe(extended);
    expect(e.extensionNoticeBy).toBe(base);
  });

  it("no weekend roll, the conservative reading: received Wed 4 Mar, the 45th day is Sat 18 Apr and stays there", () => {
    const r = us("us-va-vcdpa", "deletion", "2026-03-04T10:00:00-05:00");
    expect(r.dueDate).toBe("2026-04-18");
    expect(r.dueAt.toISOString()).toBe("2026-04-19T03:59:59.999Z");
    expect(r.steps.join("\n")).toContain("the statute moves no last day off a weekend or holiday, so none is moved (the conservative reading)");
  });

  it("an extension ending on a Sunday is not moved either: Sun 31 May, end of day in New York (EDT)", () => {
    expect(us("us-tx-tdpsa", "correction", RECEIVED, { extended: true }).dueAt.toISOString()).toBe("2026-06-01T03:59:59.999Z");
  });

  it("the day of receipt is taken in the portal's zone: 03:30 UTC Tue 3 Mar is still Mon 2 Mar in New York → Thu 16 Apr; in London it is Tue 3 Mar → Fri 17 Apr", () => {
    expect(us("us-va-vcdpa", "access", "2026-03-03T03:30:00Z").dueDate).toBe("2026-04-16");
    expect(us("us-va-vcdpa", "access", "2026-03-03T03:30:00Z", { timeZone: "Europe/London" }).dueDate).toBe("2026-04-17");
  });

  it("cites the section in every step after the receipt, and says the count and the missing roll", () => {
    const steps = us("us-va-vcdpa", "access", RECEIVED).steps;
    expect(steps[0]).toBe("received Mon 2 Mar 2026 at 10:00 America/New_York (15:00 UTC)");
    for (const step of steps.slice(1)) expect(step).toContain("Va. Code §59.1-577(B)(1)");
    expect(steps).toContain("Va. Code §59.1-577(B)(1): 45 calendar days from Mon 2 Mar 2026, the start day not counted → Thu 16 Apr 2026");
    expect(steps).toContain("Va. Code §59.1-577(B)(1) (once) allows an extension to Sun 31 May 2026 if the requester is told, with reasons, by Thu 16 Apr 2026");
    expect(steps.at(-1)).toBe("Va. Code §59.1-577(B)(1): due at the end of Thu 16 Apr 2026: 23:59:59.999 America/New_York (2026-04-17T03:59:59.999Z)");
  });

  it("waiting for the consumer does not stop the clock, and the step says why", () => {
    const r = us("us-co-cpa", "access", RECEIVED, { pauses: [{ from: "2026-03-05", to: "2026-03-09" }] });
    expect(r.dueDate).toBe("2026-04-16");
    expect(r.steps.join("\n")).toContain("does not stop the clock: C.R.S. §6-1-1306(2) and C.R.S. §6-1-1306(3) count from receipt, with no provision that stops the clock");
  });

  it("Utah and Iowa grant no correction: the portal must promise a deadline", () => {
    for (const regime of ["us-ut-ucpa", "us-ia-icdpa"] as const) {
      expect(() => us(regime, "correction", RECEIVED)).toThrow(DeadlineInputError);
    }
  });
});

describe("US state laws: the appeal, counted from the day after it is lodged", () => {
  it.each([
    // Fri 15 May + 60: 16 days to 31 May, 30 in June, 14 more → Tue 14 Jul; + 45: 16 + 29 → Mon 29 Jun.
    ["us-va-vcdpa", "2026-07-14", "Va. Code §59.1-577(C)"],
    ["us-ct-ctdpa", "2026-07-14", "CGS §42-518"],
    ["us-tx-tdpsa", "2026-07-14", "Tex. Bus. & Com. Code §541.053"],
    ["us-ne-ndpa", "2026-07-14", "Neb. Rev. Stat. §87-1109"],
    ["us-ia-icdpa", "2026-07-14", "Iowa Code §715D.3(3)"],
    ["us-co-cpa", "2026-06-29", "C.R.S. §6-1-1306(3)"],
    ["us-or-ocpa", "2026-06-29", "ORS 646A.576(6)(d)"],
    ["us-nj-njdpa", "2026-06-29", "N.J.S.A. 56:8-166.4 et seq. (appeal)"],
  ] as const)("%s: an appeal lodged Fri 15 May is decided by %s under %s", (regime, due, source) => {
    const r = us(regime, "appeal", LODGED);
    expect(r.dueDate).toBe(due);
    for (const step of r.steps.slice(1)) expect(step).toContain(source);
  });

  it("a Virginia appeal is due 60 days after it was lodged, with no extension", () => {
    const r = us("us-va-vcdpa", "appeal", LODGED);
    expect(r.dueDate).toBe("2026-07-14");
    expect(r.dueAt.toISOString()).toBe("2026-07-15T03:59:59.999Z");
    expect(r.extensionNoticeBy).toBeNull();
    expect(() => us("us-va-vcdpa", "appeal", LODGED, { extended: true })).toThrow(/Va\. Code §59\.1-577\(C\) allows no extension/);
  });

  it("Colorado may extend an appeal by 60 days where the law allows: 15 May + 105 → Fri 28 Aug, notice by Mon 29 Jun", () => {
    const r = us("us-co-cpa", "appeal", LODGED, { extended: true });
    expect(r.dueDate).toBe("2026-08-28");
    expect(r.extensionNoticeBy).toBe("2026-06-29");
  });

  it("Utah grants no appeal: the engine sets it no deadline and the regime exposes no appeal right", () => {
    expect(() => us("us-ut-ucpa", "appeal", LODGED)).toThrow(/Utah UCPA sets no deadline for appeal requests/);
    expect(appealRight("us-ut-ucpa")).toBeNull();
  });

  it("no appeal to the controller under GDPR-style laws, which send a refused requester to the supervisory authority", () => {
    for (const regime of ["eu-gdpr", "uk-gdpr", "tr-kvkk", "us-ca-ccpa"] as const) {
      expect(appealRight(regime)).toBeNull();
      expect(() => computeDeadline({ regime, type: "appeal", receivedAt: new Date(LODGED), timeZone: "Europe/Berlin", country: "DE" })).toThrow(/sets no deadline for appeal requests/);
    }
  });
});

describe("US state laws as data: the appeal window, the Attorney General notice and free requests", () => {
  it("the appeal window is the law's reasonable period; Colorado names the Attorney General in every appeal decision, the others when the appeal is denied", () => {
    expect(appealRight("us-va-vcdpa")).toEqual({ source: "Va. Code §59.1-577(C)", window: "reasonable-period", attorneyGeneral: "if-denied" });
    expect(appealRight("us-co-cpa")?.attorneyGeneral).toBe("always");
    expect(appealRight("us-or-ocpa")?.attorneyGeneral).toBe("if-denied");
  });

  it.each([
    ["us-va-vcdpa", 2, "Va. Code §59.1-577(B)(3)"],
    ["us-tx-tdpsa", 2, "Tex. Bus. & Com. Code §541.052(d)"],
    ["us-ne-ndpa", 2, "Neb. Rev. Stat. §87-1108(4)"],
    ["us-ia-icdpa", 2, "Iowa Code §715D.3(2)"],
    ["us-ut-ucpa", 1, "Utah Code §13-61-203(4)(a)"],
    ["us-nj-njdpa", 1, "N.J.S.A. 56:8-166.7(d)"],
    ["us-or-ocpa", 1, "ORS 646A.576"],
    ["us-ct-ctdpa", 1, "CGS §42-518(c)(3)"],
    ["us-ca-ccpa", 2, "Cal. Civ. Code §1798.130(b)"],
  ] as const)("%s: %i free request(s) in 12 months (%s)", (regime, count, source) => {
    expect(freeRequestLimit(regime)).toEqual({ count, months: 12, source });
  });

  it("sets no limit where the statute's text could not be confirmed, or the law has none", () => {
    expect(freeRequestLimit("us-co-cpa")).toBeNull();
    expect(freeRequestLimit("eu-gdpr")).toBeNull();
  });
});
