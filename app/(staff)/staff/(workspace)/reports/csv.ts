import type { CsvColumn } from "@/lib/csv";
import type { ReportLine } from "@/lib/reports/annual";
import type { PortalReport } from "@/lib/reports/portal-report";

export type ReportCsvRow = { report: PortalReport; line: ReportLine };

/** "duplicate: 1; no-data-held: 2": rejections by reason, in one cell. */
export function byReason(counts: Record<string, number>): string {
  return Object.entries(counts)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([reason, n]) => `${reason}: ${n}`)
    .join("; ");
}

export const REPORT_COLUMNS: CsvColumn<ReportCsvRow>[] = [
  { header: "year", value: (r) => r.report.year },
  { header: "portal", value: (r) => r.report.portal.name },
  { header: "regime", value: (r) => r.report.portal.regime },
  { header: "layout", value: (r) => (r.report.layout === "ccpa-7102" ? "11 CCR §7102" : "per request type") },
  { header: "request", value: (r) => r.line.group.label },
  { header: "received", value: (r) => r.line.received },
  { header: "completed in whole or in part", value: (r) => r.line.completed },
  { header: "rejected (denied)", value: (r) => r.line.rejected },
  { header: "rejected by reason", value: (r) => byReason(r.line.rejectedByReason) },
  { header: "withdrawn", value: (r) => r.line.withdrawn },
  { header: "still open", value: (r) => r.line.pending },
  { header: "median days to respond", value: (r) => r.line.medianDays },
  { header: "mean days to respond", value: (r) => r.line.meanDays },
  { header: "on time (%)", value: (r) => r.line.onTimePercent },
];
