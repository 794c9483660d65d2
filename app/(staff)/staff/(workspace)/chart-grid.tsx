import type { WeeklyBars } from "@/lib/charts/weekly-bars";

/** Ticks are small counts: every language of the desk writes those in the same plain digits. */
const PLAIN = new Intl.NumberFormat("en-GB", { useGrouping: false });

/** The value axis of a weekly-bars chart: a grid line and its label per tick (in the reader's `number` format), the zero line darker. */
export function ChartGrid({ chart, number = PLAIN }: { chart: Pick<WeeklyBars<string>, "ticks" | "plot">; number?: Intl.NumberFormat }) {
  return chart.ticks.map(({ value, y }) => (
    <g key={value}>
      <line x1={chart.plot.left} x2={chart.plot.right} y1={y} y2={y} style={{ stroke: value === 0 ? "var(--muted)" : "var(--border)" }} />
      <text x={chart.plot.left - 6} y={y + 4} textAnchor="end" fontSize="12" style={{ fill: "var(--muted)" }}>
        {number.format(value)}
      </text>
    </g>
  ));
}
