import type { WeeklyBars } from "@/lib/charts/weekly-bars";

/** The value axis of a weekly-bars chart: a grid line and its label per tick (`format` writes it as the reader's language does), the zero line darker. */
export function ChartGrid({ chart, format = String }: { chart: Pick<WeeklyBars<string>, "ticks" | "plot">; format?: (value: number) => string }) {
  return chart.ticks.map(({ value, y }) => (
    <g key={value}>
      <line x1={chart.plot.left} x2={chart.plot.right} y1={y} y2={y} style={{ stroke: value === 0 ? "var(--muted)" : "var(--border)" }} />
      <text x={chart.plot.left - 6} y={y + 4} textAnchor="end" fontSize="12" style={{ fill: "var(--muted)" }}>
        {format(value)}
      </text>
    </g>
  ));
}
