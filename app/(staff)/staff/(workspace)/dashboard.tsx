import { useId, type CSSProperties, type ReactNode } from "react";
import { layoutWeeklyBars, type Frame } from "@/lib/charts/weekly-bars";
import { REQUEST_TYPES, type RequestType } from "@/lib/deadlines";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
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
// globals.css has no chart rules; these inline styles are their only users.
const legendStyle: CSSProperties = { display: "flex", flexWrap: "wrap", gap: "0.25rem 1.25rem", listStyle: "none", padding: 0, margin: "0.5rem 0" };

/** The chart's words and the language's ways of writing days and numbers. */
interface Words {
  t: Messages["staff"]["dashboard"];
  types: Messages["staff"]["types"];
  shortDay: Intl.DateTimeFormat;
  longDay: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

function wordsFor(language: Language): Words {
  const { staff, common } = messages(language);
  return {
    t: staff.dashboard,
    types: staff.types,
    shortDay: new Intl.DateTimeFormat(common.locale, { day: "numeric", month: "short", timeZone: "UTC" }),
    longDay: new Intl.DateTimeFormat(common.locale, { dateStyle: "medium", timeZone: "UTC" }),
    number: new Intl.NumberFormat(common.locale),
  };
}

/** The staff home's figures and weekly chart for the portals in `portalIds`, in the member's language. */
export async function Dashboard({ portalIds, now, language }: { portalIds: number[]; now: Date; language: Language }) {
  const stats = await dashboardStats({ portalIds, now });
  const words = wordsFor(language);
  const { t, number } = words;
  /** A dash for the eye, words for a screen reader. */
  const noneCompleted = (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t.noneCompleted}</span>
    </>
  );
  const percent = new Intl.NumberFormat(messages(language).common.locale, { style: "percent" });
  return (
    <>
      <section aria-label={t.keyFigures} className="cards">
        <Card label={t.open} value={number.format(stats.open)} />
        <Card label={t.overdue} value={number.format(stats.overdue)} alert={stats.overdue > 0} />
        <Card label={t.dueThisWeek} value={number.format(stats.dueThisWeek)} />
        <Card label={t.onTime} value={stats.onTimePercent === null ? noneCompleted : percent.format(stats.onTimePercent / 100)} />
        <Card label={t.median} value={stats.medianDaysToClose === null ? noneCompleted : number.format(stats.medianDaysToClose)} />
      </section>
      <WeeklyChart weeks={stats.weeks} words={words} />
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

function WeeklyChart({ weeks, words }: { weeks: WeekCounts[]; words: Words }) {
  const { t, types, shortDay, longDay, number } = words;
  const id = useId();
  const keys = REQUEST_TYPES.filter((type) => weeks.some((w) => w.received[type] || w.completed[type]));
  const chart = layoutWeeklyBars({ weeks, keys, frame: FRAME });
  const [received, completed] = [sum(weeks.map((w) => total(w.received))), sum(weeks.map((w) => total(w.completed)))];
  const stripes = `url(#${id}-stripes)`;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>{t.chartHeading}</h2>
      <p className="hint">{t.chartHint(SERIES_WEEKS)}</p>
      <ul style={legendStyle}>
        <LegendItem label={t.received} fill="var(--muted)" />
        <LegendItem label={t.completed} fill="var(--muted)" overlay={stripes} />
        {keys.map((type) => (
          <LegendItem key={type} label={types[type]} fill={COLOURS[type]} />
        ))}
      </ul>
      <div style={{ overflowX: "auto" }}>
        <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ width: "100%", minWidth: "36rem", height: "auto" }}>
          <title id={`${id}-title`}>{t.chartTitle}</title>
          <desc id={`${id}-desc`}>{t.chartDescription(longDay.format(weeks[0]!.start), received, completed)}</desc>
          <defs>
            <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: "var(--surface)", strokeWidth: 2.5 }} />
            </pattern>
          </defs>
          <ChartGrid chart={chart} format={(value) => number.format(value)} />
          {chart.segments.map((s) => (
            <rect key={`${s.week}-${s.series}-${s.key}`} x={s.x} y={s.y} width={s.width} height={s.height} fill={COLOURS[s.key]} style={{ stroke: "var(--surface)" }}>
              <title>{`${shortDay.format(weeks[s.week]!.start)}, ${t.series[s.series]}: ${types[s.key]} ${number.format(s.value)}`}</title>
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
          <caption>{t.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.weekStarting}</th>
              <th scope="col">{t.received}</th>
              <th scope="col">{t.completed}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start.getTime()}>
                <th scope="row">{longDay.format(w.start)}</th>
                <td>{describe(w.received, words)}</td>
                <td>{describe(w.completed, words)}</td>
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

/** "3 (Access 2, Deletion 1)" for the table a screen reader reads instead of the bars. */
function describe(counts: TypeCounts, { types, number }: Words): string {
  const parts = REQUEST_TYPES.filter((type) => counts[type]).map((type) => `${types[type]} ${number.format(counts[type]!)}`);
  return parts.length === 0 ? number.format(0) : `${number.format(total(counts))} (${parts.join(", ")})`;
}
