import { describe, expect, it } from "vitest";
import { CCPA_GROUP_KEYS, reportGroups, summarise, type ReportLabels, type YearRequest } from "./annual";

const at = (iso: string) => new Date(iso);
function req(type: YearRequest["type"], status: YearRequest["status"], received: string, closed: string | null, due: string | null, rejectionReason: string | null = null): YearRequest {
  return { type, status, rejectionReason, receivedAt: at(received), closedAt: closed ? at(closed) : null, dueAt: due ? at(due) : null };
}

const ROWS: YearRequest[] = [
  req("deletion", "completed", "2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z", "2026-01-31T00:00:00Z"),
  req("deletion", "completed", "2026-02-01T00:00:00Z", "2026-02-04T12:00:00Z", "2026-03-01T00:00:00Z"),
  req("deletion", "rejected", "2026-03-01T00:00:00Z", "2026-04-10T00:00:00Z", "2026-03-31T00:00:00Z", "identity-not-verified"),
  req("deletion", "rejected", "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", "2026-04-01T00:00:00Z", "duplicate"),
  req("deletion", "withdrawn", "2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", "2026-05-31T00:00:00Z"),
  req("deletion", "in_progress", "2026-12-20T00:00:00Z", null, "2027-01-19T00:00:00Z"),
  req("access", "completed", "2026-06-01T00:00:00Z", "2026-06-08T00:00:00Z", "2026-07-01T00:00:00Z"),
  req("portability", "rejected", "2026-06-02T00:00:00Z", "2026-06-03T00:00:00Z", "2026-07-02T00:00:00Z", "no-data-held"),
];

/** Labels that name their key, so a test sees which label each line took. */
const LABELS: ReportLabels = {
  ccpaGroups: Object.fromEntries(CCPA_GROUP_KEYS.map((key) => [key, `kind ${key}`])) as ReportLabels["ccpaGroups"],
  requestTypes: new Proxy({} as ReportLabels["requestTypes"], { get: (_, type) => `label ${String(type)}` }),
};

describe("the annual report", () => {
  it("per type: received, completed, rejected by reason, withdrawn, pending; median and mean days over decided requests; share on time", () => {
    const [deletion] = summarise([{ key: "deletion", label: "Deletion", types: ["deletion"] }], ROWS);
    expect(deletion).toMatchObject({
      received: 6,
      completed: 2,
      rejected: 2,
      rejectedByReason: { "identity-not-verified": 1, duplicate: 1 },
      withdrawn: 1,
      pending: 1,
      // decided in 10, 3.5, 40 and 1 days: median (3.5 + 10) / 2 = 6.75 → 6.8; mean 54.5 / 4 = 13.6 (13.625)
      medianDays: 6.8,
      meanDays: 13.6,
      // 3 of 4 by their due time (the 40-day one was late)
      onTimePercent: 75,
    });
  });

  it("nothing decided: no median, mean or share", () => {
    const [line] = summarise([{ key: "objection", label: "Objection", types: ["objection"] }], ROWS);
    expect(line).toMatchObject({ received: 0, medianDays: null, meanDays: null, onTimePercent: null });
  });

  it("under the CCPA, 11 CCR §7102's five kinds: a request to know gathers access and portability", () => {
    const groups = reportGroups({ regime: "us-ca-ccpa", offered: ["access"], present: new Set(), labels: LABELS });
    expect(groups.map((g) => [g.key, g.label])).toEqual(CCPA_GROUP_KEYS.map((key) => [key, `kind ${key}`]));
    const [know] = summarise(groups, ROWS);
    expect(know).toMatchObject({ received: 2, completed: 1, rejected: 1, medianDays: 4 });
  });

  it("elsewhere one line per offered type, then any other type received (appeals)", () => {
    const groups = reportGroups({ regime: "us-va-vcdpa", offered: ["access", "deletion"], present: new Set(["appeal", "deletion"] as const), labels: LABELS });
    expect(groups.map((g) => [g.key, g.label])).toEqual([["access", "label access"], ["deletion", "label deletion"], ["appeal", "label appeal"]]);
  });
});
