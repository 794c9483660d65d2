import { describe, expect, it } from "vitest";
import { basesForCategory, earliestKeepUntil, keptOutcomeProblem } from "./checklist";

const payments = { id: 1, key: "payments", label: "Payments", defaultPeriodDays: 180, anchoredTo: "the user's last payment" };
const legal = { id: 2, key: "legal", label: "Legal", defaultPeriodDays: null, anchoredTo: null };

describe("the deletion checklist's rules", () => {
  it("offers a category only the bases it names; none for one always deleted; all for one stored before categories named them", () => {
    expect(basesForCategory({ translations: {}, keptUnder: ["legal"] }, [payments, legal])).toEqual([legal]);
    expect(basesForCategory({ translations: {}, keptUnder: [] }, [payments, legal])).toEqual([]);
    expect(basesForCategory(undefined, [payments, legal])).toEqual([payments, legal]);
  });

  it("counts an anchored basis's period from its anchor: 1 March 2026 + 180 days is 28 August 2026", () => {
    expect(earliestKeepUntil(payments, "2026-03-01")).toBe("2026-08-28");
    expect(earliestKeepUntil(legal, "2026-03-01")).toBeNull();
  });

  it("allows keep-until on the earliest day, and refuses the day before", () => {
    const check = (keepUntil: string, anchorDate = "2026-03-01") =>
      keptOutcomeProblem({ details: undefined, basis: payments, keepUntil, anchorDate, today: "2026-03-04" });
    expect(check("2026-08-28")).toBeNull();
    expect(check("2026-08-27")).toBe("checklist_keep_until_too_early");
    expect(check("2026-08-28", "")).toBe("checklist_anchor_required");
    expect(check("2026-03-04")).toBe("checklist_keep_until_invalid");
  });

  it("refuses keeping under an anchored basis whose period ran out by today: 1 March 2026 + 180 days is 28 August 2026", () => {
    const check = (today: string) => keptOutcomeProblem({ details: undefined, basis: payments, keepUntil: "2027-01-01", anchorDate: "2026-03-01", today });
    expect(check("2026-08-27")).toBeNull();
    expect(check("2026-08-28")).toBe("checklist_basis_elapsed");
    expect(check("2026-10-01")).toBe("checklist_basis_elapsed");
  });
});
