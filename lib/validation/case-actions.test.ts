import { describe, expect, it } from "vitest";
import { checklistOutcomes } from "../cases/complete-deletion";
import { decideAppealSchema, deletionChecklistInput, deletionChecklistSchema } from "./case-actions";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe("the case actions' forms", () => {
  it("read the deletion checklist by row: deleted, or kept under a basis until a date", () => {
    const input = deletionChecklistInput(form([["id", "7"], ["outcome-0", "deleted"], ["outcome-1", "3"], ["until-1", "2031-01-01"], ["anchor-1", "2025-05-01"], ["outcome-1", "4"], ["outcome-x", "deleted"]]));
    const { id, rows } = deletionChecklistSchema.parse(input);
    expect(id).toBe(7);
    expect(checklistOutcomes({ dataCategories: ["Chats", "Payments"] }, rows)).toEqual([
      { category: "Chats", kept: false },
      { category: "Payments", kept: true, basisId: 3, keepUntil: "2031-01-01", anchorDate: "2025-05-01" },
    ]);
  });

  it("leave the checklist incomplete when a category has no choice", () => {
    const { rows } = deletionChecklistSchema.parse(deletionChecklistInput(form([["id", "7"], ["outcome-0", "deleted"]])));
    expect(() => checklistOutcomes({ dataCategories: ["Chats", "Payments"] }, rows)).toThrow(expect.objectContaining({ code: "checklist_incomplete" }));
  });

  it("refuse an appeal decision without one of its outcomes with its catalogue code", () => {
    const result = decideAppealSchema.safeParse({ id: "7", outcome: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["appeal_outcome_required"]);
    expect(decideAppealSchema.parse({ id: "7", outcome: "denied" })).toEqual({ id: 7, outcome: "denied", explanation: "" });
  });
});
