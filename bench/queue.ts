/**
 * The staff queue measure: its first page over real HTTP with a signed-in
 * session (the demo admin, of every portal), unfiltered, one portal + overdue,
 * and a search by email; and the server's peak RSS. The servers at both sizes
 * run at once and are asked in turn, the first of each pair alternating, so
 * whatever else the machine does falls on both sides alike: the median of 15
 * pairs after 5 warm-ups (7 after 3 with --quick). The dashboard's figures and
 * chart render above the queue on the same page (they have no route of their
 * own), so every page time includes them, and they are timed as the page with
 * a search that matches nothing: the dashboard and an empty list. The same
 * figures at N requests and at 1,000 make the rows.
 */
import type { Server } from "./server";
import { mib, median, ms, type Row } from "./table";

export const QUEUE_PAGES: Record<string, string> = {
  "queue first page, unfiltered": "/staff",
  "queue first page, portal + overdue": "/staff?portal=deepen&overdue=1",
  "queue first page, search by email": "/staff?q=r5%40example.test",
  "dashboard (figures and chart over an empty list)": "/staff?q=nobody%40example.test",
};

export type Timings = Record<string, number>;

async function timePage(server: Server, path: string, cookie: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${server.origin}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  const elapsed = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${response.headers.get("location") ?? ""} ${body.slice(0, 200)}`);
  return elapsed;
}

export interface Side {
  server: Server;
  cookie: string;
}

/** Each page's median time on each side, and each server's peak RSS after them all. */
export async function queueTimings(large: Side, small: Side, runs: number, warmups: number): Promise<{ large: Timings; small: Timings }> {
  const timings = { large: {} as Timings, small: {} as Timings };
  for (const [name, path] of Object.entries(QUEUE_PAGES)) {
    const times = { large: [] as number[], small: [] as number[] };
    for (let i = -warmups; i < runs; i++) {
      const order = i % 2 === 0 ? (["large", "small"] as const) : (["small", "large"] as const);
      for (const side of order) {
        const { server, cookie } = side === "large" ? large : small;
        const elapsed = await timePage(server, path, cookie);
        if (i >= 0) times[side].push(elapsed);
      }
    }
    timings.large[name] = median(times.large);
    timings.small[name] = median(times.small);
  }
  timings.large.rss = large.server.peakRss();
  timings.small.rss = small.server.peakRss();
  return timings;
}

/** Rows comparing the figures at `n` requests (`large`) with those at 1,000 (`small`). */
export function queueRows(engine: Row["engine"], n: number, large: Timings, small: Timings): Row[] {
  const at = `${n.toLocaleString("en")} vs 1,000`;
  const rows: Row[] = Object.keys(QUEUE_PAGES).map((name) => ({ measure: `${name}, ${at}`, engine, a: ms(large[name]!), b: ms(small[name]!), ratio: large[name]! / small[name]!, goal: "≤ 1.5×" }));
  rows.push({ measure: `server peak RSS after the queue pages, ${at}`, engine, a: mib(large.rss!), b: mib(small.rss!), ratio: large.rss! / small.rss!, goal: "≤ 1.2×" });
  return rows;
}
