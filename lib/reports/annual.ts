import type { RequestStatus } from "../../db/schema";
import type { RegimeId, RequestType } from "../deadlines";

const DAY = 86_400_000;

/** One request as the annual report reads it. */
export interface YearRequest {
  type: RequestType;
  status: RequestStatus;
  rejectionReason: string | null;
  receivedAt: Date;
  closedAt: Date | null;
  dueAt: Date | null;
}

/** A line of the report: one request type, or under the CCPA one of §7102's kinds of request; its label in the reader's language. */
export interface ReportGroup {
  key: string;
  label: string;
  types: readonly RequestType[];
}

/** 11 CCR §7102(a)'s kinds of request, by the keys the catalogue words them under. */
export const CCPA_GROUP_KEYS = ["know", "delete", "correct", "opt-out", "limit"] as const;
export type CcpaGroupKey = (typeof CCPA_GROUP_KEYS)[number];

/** The words for a report's lines: §7102's kinds, and the request types. */
export interface ReportLabels {
  ccpaGroups: Record<CcpaGroupKey, string>;
  requestTypes: Record<RequestType, string>;
}

export interface ReportLine {
  group: ReportGroup;
  received: number;
  /** Completed in whole or in part. */
  completed: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  withdrawn: number;
  /** Received in the year and not yet decided. */
  pending: number;
  /** Received → decided (completed or rejected), in days to one decimal; null with nothing decided. */
  medianDays: number | null;
  meanDays: number | null;
  /** Share of decided requests decided by their due time, in whole per cent. */
  onTimePercent: number | null;
}

/**
 * 11 CCR §7102(a)(1): the number of requests to know, delete, correct, opt out
 * and limit received, complied with in whole or in part, and denied, with the
 * median or mean days to respond. Each kind gathers the request types this
 * deployment files it under (lib/deadlines/regimes/us-ca-ccpa.ts).
 */
const CCPA_GROUPS: Record<CcpaGroupKey, readonly RequestType[]> = {
  know: ["access", "portability"],
  delete: ["deletion"],
  correct: ["correction"],
  "opt-out": ["objection", "stop-processing", "consent-withdrawal"],
  limit: ["restriction"],
};

/** The report's lines for a portal: §7102's five kinds under the CCPA, else one per type the portal offers (and appeals, where any were made). */
export function reportGroups({ regime, offered, present, labels }: { regime: RegimeId; offered: readonly RequestType[]; present: ReadonlySet<RequestType>; labels: ReportLabels }): ReportGroup[] {
  if (regime === "us-ca-ccpa") return CCPA_GROUP_KEYS.map((key) => ({ key, label: labels.ccpaGroups[key], types: CCPA_GROUPS[key] }));
  const types = [...offered, ...[...present].filter((t) => !offered.includes(t))];
  return types.map((type) => ({ key: type, label: labels.requestTypes[type], types: [type] }));
}

/** The key a rejected request recorded without a reason is counted under. */
export const UNSPECIFIED_REASON = "unspecified";

export function summarise(groups: readonly ReportGroup[], requests: readonly YearRequest[]): ReportLine[] {
  return groups.map((group) => {
    const mine = requests.filter((r) => group.types.includes(r.type));
    const decided = mine.filter((r) => (r.status === "completed" || r.status === "rejected") && r.closedAt);
    const days = decided.map((r) => (r.closedAt!.getTime() - r.receivedAt.getTime()) / DAY);
    const rejectedByReason: Record<string, number> = {};
    for (const r of mine) {
      const reason = r.rejectionReason ?? UNSPECIFIED_REASON;
      if (r.status === "rejected") rejectedByReason[reason] = (rejectedByReason[reason] ?? 0) + 1;
    }
    // Only decisions that had a due date can be on time or late.
    const timed = decided.filter((r) => r.dueAt);
    const onTime = timed.filter((r) => r.closedAt! <= r.dueAt!).length;
    return {
      group,
      received: mine.length,
      completed: mine.filter((r) => r.status === "completed").length,
      rejected: mine.filter((r) => r.status === "rejected").length,
      rejectedByReason,
      withdrawn: mine.filter((r) => r.status === "withdrawn").length,
      pending: mine.filter((r) => r.status === "open" || r.status === "in_progress" || r.status === "awaiting_requester").length,
      medianDays: median(days),
      meanDays: days.length === 0 ? null : round1(days.reduce((a, b) => a + b, 0) / days.length),
      onTimePercent: timed.length === 0 ? null : Math.round((onTime / timed.length) * 100),
    };
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round1(sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
