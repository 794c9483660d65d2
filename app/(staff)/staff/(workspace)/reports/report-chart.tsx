import { useId } from "react";
import { layoutWeeklyBars, type Frame } from "@/lib/charts/weekly-bars";
import type { Messages } from "@/lib/i18n/catalogue";
import { formatNumber } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";
import type { ReportLine } from "@/lib/reports/annual";
import { ChartGrid } from "../chart-grid";

const FRAME: Frame = { width: 720, height: 220, top: 12, right: 8, bottom: 40, left: 40 };
const RECEIVED = "#3a7bd5";
const COMPLETED = "#2f9e62";

/** Received and completed per line of the report, side by side: the weekly chart's layout, one band per line instead of per week. */
export function ReportChart({ lines, title, language, t }: { lines: ReportLine[]; title: string; language: Language; t: Messages["staffReports"]["chart"] }) {
  const id = useId();
  const number = (n: number) => formatNumber(n, language);
  const chart = layoutWeeklyBars({ weeks: lines.map((l) => ({ received: { n: l.received }, completed: { n: l.completed } })), keys: ["n"], frame: FRAME });
  return (
    <figure style={{ margin: "0 0 1rem", overflowX: "auto" }}>
      <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title`} style={{ width: "100%", minWidth: "32rem", height: "auto" }}>
        <title id={`${id}-title`}>{t.title(title)}</title>
        <ChartGrid chart={chart} format={number} />
        {chart.segments.map((s) => (
          <rect key={`${s.week}-${s.series}`} x={s.x} y={s.y} width={s.width} height={s.height} fill={s.series === "received" ? RECEIVED : COMPLETED}>
            <title>{t.bar(lines[s.week]!.group.label, t[s.series], number(s.value))}</title>
          </rect>
        ))}
        {chart.weekCentres.map((x, i) => (
          <text key={i} x={x} y={chart.plot.bottom + 16} textAnchor="middle" fontSize="11" style={{ fill: "var(--muted)" }}>
            {lines[i]!.group.label.length > 22 ? `${lines[i]!.group.label.slice(0, 21)}…` : lines[i]!.group.label}
          </text>
        ))}
      </svg>
      <figcaption className="hint">
        <span style={{ color: RECEIVED }}>■</span> {t.received} · <span style={{ color: COMPLETED }}>■</span> {t.completed}
      </figcaption>
    </figure>
  );
}
