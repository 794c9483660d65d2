/**
 * Geometry of a weekly bar chart: per week, two bars side by side (received,
 * then completed), each stacked by key. Pure numbers in SVG user units, so the
 * component only draws what this returns.
 */

export const SERIES = ["received", "completed"] as const;
export type Series = (typeof SERIES)[number];

export type WeekValues<K extends string> = Record<Series, Partial<Record<K, number>>>;

/** The SVG's size and the margins left around the plot for the axis labels. */
export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Segment<K extends string> {
  week: number;
  series: Series;
  key: K;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A whole bar, for outlines and overlays drawn over its segments. */
export interface Bar {
  week: number;
  series: Series;
  total: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WeeklyBars<K extends string> {
  segments: Segment<K>[];
  bars: Bar[];
  /** Horizontal grid lines with their values, from 0 up. */
  ticks: { value: number; y: number }[];
  /** The horizontal centre of each week's group, for its label. */
  weekCentres: number[];
  plot: { left: number; right: number; top: number; bottom: number };
}

// Fractions of a week's band: space on each side of the pair of bars, and between them.
const GROUP_PADDING = 0.15;
const BAR_GAP = 0.04;

/**
 * Whole-number ticks from 0 in steps of 1, 2 or 5 times a power of ten, the
 * last at or above `max`, about `target` steps in all. Counts of requests, so
 * never a fractional step; an empty chart still gets a 0–1 axis.
 */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** Lays out `weeks` (oldest first) with each bar stacked in the order of `keys`; zero values draw nothing. */
export function layoutWeeklyBars<K extends string>({ weeks, keys, frame }: { weeks: WeekValues<K>[]; keys: readonly K[]; frame: Frame }): WeeklyBars<K> {
  const plot = { left: frame.left, right: frame.width - frame.right, top: frame.top, bottom: frame.height - frame.bottom };
  const totalOf = (values: Partial<Record<K, number>>) => keys.reduce((sum, key) => sum + (values[key] ?? 0), 0);
  const ticks = niceTicks(Math.max(0, ...weeks.flatMap((week) => SERIES.map((s) => totalOf(week[s])))));
  const yMax = ticks.at(-1)!;
  const y = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);

  const band = (plot.right - plot.left) / Math.max(1, weeks.length);
  const [padding, gap] = [band * GROUP_PADDING, band * BAR_GAP];
  const barWidth = (band - 2 * padding - gap) / 2;
  const segments: Segment<K>[] = [];
  const bars: Bar[] = [];
  weeks.forEach((week, w) => {
    SERIES.forEach((series, s) => {
      const x = plot.left + w * band + padding + s * (barWidth + gap);
      let base = 0;
      for (const key of keys) {
        const value = week[series][key] ?? 0;
        if (value <= 0) continue;
        segments.push({ week: w, series, key, value, x, y: y(base + value), width: barWidth, height: y(base) - y(base + value) });
        base += value;
      }
      bars.push({ week: w, series, total: base, x, y: y(base), width: barWidth, height: plot.bottom - y(base) });
    });
  });

  return {
    segments,
    bars,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    weekCentres: weeks.map((_, w) => plot.left + (w + 0.5) * band),
    plot,
  };
}
