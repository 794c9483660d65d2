import { useId, type CSSProperties, type ReactNode } from "react";
import { layoutWeeklyBars, type Frame } from "@/lib/charts/weekly-bars";
import { REQUEST_TYPES, type RequestType } from "@/lib/deadlines";
import { requestTypes } from "@/lib/i18n/messages/en/request-types";
import { dashboardStats, SERIES_WEEKS, type TypeCounts, type WeekCounts } from "@/lib/reports/dashboard";
import { ChartGrid } from "./chart-grid";

/**
 * One colour per type, fixed so a type keeps its colour whichever portals are
 * shown. Each has at least 3:1 contrast (WCAG 1.4.11) on both the light and the
 * dark surface, so one palette serves both schemes.
 */
const COLOURS: Record<RequestType, string> = {
  access: "#3a7bd5",
  deletion: "#d64a5c",
  correction: "#2f9e62",
  restriction: "#d9730d",
  objection: "#9b6ad6",
  portability: "#1c9aa6",
  "consent-withdrawal": "#a07a2c",
  "stop-processing": "#c9558f",
  "notify-recipients": "#5f7f99",
  appeal: "#8a8f2a",
};

const FRAME: Frame = { width: 720, height: 240, top: 12, right: 8, bottom: 28, left: 40 };
const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
// globals.css has no chart rules; these inline styles are their only users.
const legendStyle: CSSProperties = { display: "flex", flexWrap: "wrap", gap: "0.25rem 1.25rem", listStyle: "none", padding: 0, margin: "0.5rem 0" };

/** A dash for the eye, words for a screen reader. */
const noneCompleted = (
  <>
    <span aria-hidden="true">—</span>
    <span className="visually-hidden">none completed in the last 90 days</span>
  </>
);

/** The staff home's figures and weekly chart for the portals in `portalIds`. */
export async function Dashboard({ portalIds, now }: { portalIds: number[]; now: Date }) {
  const stats = await dashboardStats({ portalIds, now });
  return (
    <>
      <section aria-label="Key figures" className="cards">
        <Card label="Open requests" value={stats.open} />
        <Card label="Overdue" value={stats.overdue} alert={stats.overdue > 0} />
        <Card label="Due in the next 7 days" value={stats.dueThisWeek} />
        <Card label="Completed on time, last 90 days" value={stats.onTimePercent === null ? noneCompleted : `${stats.onTimePercent}%`} />
        <Card label="Median days to close, last 90 days" value={stats.medianDaysToClose ?? noneCompleted} />
      </section>
      <WeeklyChart weeks={stats.weeks} />
    </>
  );
}

function Card({ label, value, alert = false }: { label: string; value: ReactNode; alert?: boolean }) {
  return (
    <div className="card">
      <strong className={alert ? "overdue" : undefined}>{value}</strong>
      {label}
    </div>
  );
}

function WeeklyChart({ weeks }: { weeks: WeekCounts[] }) {
  const id = useId();
  const keys = REQUEST_TYPES.filter((type) => weeks.some((w) => w.received[type] || w.completed[type]));
  const chart = layoutWeeklyBars({ weeks, keys, frame: FRAME });
  const [received, completed] = [sum(weeks.map((w) => total(w.received))), sum(weeks.map((w) => total(w.completed)))];
  const stripes = `url(#${id}-stripes)`;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>Received and completed per week</h2>
      <p className="hint">
        The last {SERIES_WEEKS} weeks, each starting on Monday (UTC). In each week the left bar counts requests received, the right bar, striped, those
        completed.
      </p>
      <ul style={legendStyle}>
        <LegendItem label="Received" fill="var(--muted)" />
        <LegendItem label="Completed" fill="var(--muted)" overlay={stripes} />
        {keys.map((type) => (
          <LegendItem key={type} label={requestTypes[type].label} fill={COLOURS[type]} />
        ))}
      </ul>
      <div style={{ overflowX: "auto" }}>
        <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ width: "100%", minWidth: "36rem", height: "auto" }}>
          <title id={`${id}-title`}>Requests received and completed per week, by type</title>
          <desc id={`${id}-desc`}>
            {`Weeks from ${longDay.format(weeks[0]!.start)}: ${received} received and ${completed} completed in all. The table below gives each week's figures.`}
          </desc>
          <defs>
            <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: "var(--surface)", strokeWidth: 2.5 }} />
            </pattern>
          </defs>
          <ChartGrid chart={chart} />
          {chart.segments.map((s) => (
            <rect key={`${s.week}-${s.series}-${s.key}`} x={s.x} y={s.y} width={s.width} height={s.height} fill={COLOURS[s.key]} style={{ stroke: "var(--surface)" }}>
              <title>{`${shortDay.format(weeks[s.week]!.start)}, ${s.series}: ${requestTypes[s.key].label} ${s.value}`}</title>
            </rect>
          ))}
          {chart.bars
            .filter((b) => b.series === "completed" && b.total > 0)
            .map((b) => (
              <rect key={b.week} x={b.x} y={b.y} width={b.width} height={b.height} fill={stripes} pointerEvents="none" />
            ))}
          {chart.weekCentres.map((x, w) => (
            <text key={w} x={x} y={chart.plot.bottom + 18} textAnchor="middle" fontSize="12" style={{ fill: "var(--muted)" }}>
              {shortDay.format(weeks[w]!.start)}
            </text>
          ))}
        </svg>
      </div>
      {/* Hidden by a wrapper: a table box ignores the class's width and overflow, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>Requests received and completed per week, by type</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Received</th>
              <th scope="col">Completed</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start.getTime()}>
                <th scope="row">{longDay.format(w.start)}</th>
                <td>{describe(w.received)}</td>
                <td>{describe(w.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LegendItem({ label, fill, overlay }: { label: string; fill: string; overlay?: string }) {
  return (
    <li>
      <svg width="14" height="14" aria-hidden="true" style={{ marginRight: "0.4rem", verticalAlign: "-2px" }}>
        <rect width="14" height="14" style={{ fill }} />
        {overlay && <rect width="14" height="14" fill={overlay} />}
      </svg>
      {label}
    </li>
  );
}

const total = (counts: TypeCounts) => sum(Object.values(counts));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** "3 (See my data 2, Delete my data 1)" for the table a screen reader reads instead of the bars. */
function describe(counts: TypeCounts): string {
  const parts = REQUEST_TYPES.filter((type) => counts[type]).map((type) => `${requestTypes[type].label} ${counts[type]}`);
  return parts.length === 0 ? "0" : `${total(counts)} (${parts.join(", ")})`;
}
