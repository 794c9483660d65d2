import { describe, expect, it } from "vitest";
import { layoutWeeklyBars, niceTicks, type Frame, type WeekValues } from "./weekly-bars";

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten, ending at or above the maximum", () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(23)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(100)).toEqual([0, 50, 100]);
    expect(niceTicks(180)).toEqual([0, 50, 100, 150, 200]);
  });

  it("never steps by less than one request, and gives an empty chart a 0–1 axis", () => {
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("layoutWeeklyBars", () => {
  // A 100-unit-wide, 100-unit-high plot: band 50 per week, 1 unit per request with ticks to 100.
  const frame: Frame = { width: 120, height: 110, top: 0, right: 0, bottom: 10, left: 20 };
  type Key = "a" | "b";
  const weeks: WeekValues<Key>[] = [
    { received: { a: 60, b: 20 }, completed: { b: 100 } },
    { received: {}, completed: { a: 0, b: 30 } },
  ];
  const chart = layoutWeeklyBars({ weeks, keys: ["a", "b"], frame });

  it("scales the tallest bar to a nice tick and puts 0 at the bottom of the plot", () => {
    expect(chart.plot).toEqual({ left: 20, right: 120, top: 0, bottom: 100 });
    expect(chart.ticks).toEqual([
      { value: 0, y: 100 },
      { value: 50, y: 50 },
      { value: 100, y: 0 },
    ]);
  });

  it("places received then completed inside each week's band, with padding and a gap", () => {
    // Band 50: padding 7.5 each side, gap 2, bars 16.5 wide.
    const xs = chart.bars.map((b) => [b.week, b.series, b.x, b.width]);
    expect(xs).toEqual([
      [0, "received", 27.5, 16.5],
      [0, "completed", 46, 16.5],
      [1, "received", 77.5, 16.5],
      [1, "completed", 96, 16.5],
    ]);
    expect(chart.weekCentres).toEqual([45, 95]);
  });

  it("stacks segments upwards in key order and skips zeros", () => {
    const parts = chart.segments.map(({ week, series, key, y, height }) => [week, series, key, y, height]);
    expect(parts).toEqual([
      [0, "received", "a", 40, 60],
      [0, "received", "b", 20, 20],
      [0, "completed", "b", 0, 100],
      [1, "completed", "b", 70, 30],
    ]);
    expect(chart.bars.map((b) => [b.total, b.y, b.height])).toEqual([
      [80, 20, 80],
      [100, 0, 100],
      [0, 100, 0],
      [30, 70, 30],
    ]);
  });

  it("draws an empty series as a flat axis without dividing by zero", () => {
    const empty = layoutWeeklyBars({ weeks: [{ received: {}, completed: {} }], keys: ["a"], frame });
    expect(empty.segments).toEqual([]);
    expect(empty.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(empty.bars.every((b) => b.height === 0 && b.y === 100)).toBe(true);
  });
});
