import type { CsvColumn } from "@/lib/csv";
import type { Messages } from "@/lib/i18n/catalogue";
import type { ReportLine } from "@/lib/reports/annual";
import type { PortalReport } from "@/lib/reports/portal-report";

export type ReportCsvRow = { report: PortalReport; line: ReportLine };

/** "No personal data about the requester is held: 2; …": rejections by reason in the reader's words, in one cell. */
export function byReason(counts: Record<string, number>, labels: Record<string, string>): string {
  return Object.entries(counts)
    .map(([reason, n]) => [labels[reason] ?? reason, n] as const)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([label, n]) => `${label}: ${n}`)
    .join("; ");
}

/**
 * The report's CSV, for people who open it in a spreadsheet (only a signed-in
 * member downloads it, from the page): headers in their language, figures as
 * plain numbers so the spreadsheet still computes with them.
 */
export function reportColumns(t: Messages["staffReports"]["csv"]): CsvColumn<ReportCsvRow>[] {
  return [
    { header: t.year, value: (r) => r.report.year },
    { header: t.portal, value: (r) => r.report.portal.name },
    { header: t.regime, value: (r) => r.report.portal.regime },
    { header: t.layout, value: (r) => (r.report.layout === "ccpa-7102" ? "11 CCR §7102" : t.perType) },
    { header: t.request, value: (r) => r.line.group.label },
    { header: t.received, value: (r) => r.line.received },
    { header: t.completed, value: (r) => r.line.completed },
    { header: t.rejected, value: (r) => r.line.rejected },
    { header: t.byReason, value: (r) => byReason(r.line.rejectedByReason, r.report.reasons) },
    { header: t.withdrawn, value: (r) => r.line.withdrawn },
    { header: t.pending, value: (r) => r.line.pending },
    { header: t.median, value: (r) => r.line.medianDays },
    { header: t.mean, value: (r) => r.line.meanDays },
    { header: t.onTime, value: (r) => r.line.onTimePercent },
  ];
}
