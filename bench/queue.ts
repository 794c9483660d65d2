/**
 * The staff queue measure: its first page over real HTTP with a signed-in
 * session (the demo admin, of every portal), unfiltered, one portal + overdue,
 * and a search by email, median of 5 after one warm-up; and the server's peak
 * RSS. The dashboard's figures and chart render above the queue on the same
 * page (they have no route of their own), so every page time includes them, and
 * they are timed as the page with a search that matches nothing: the dashboard
 * and an empty list. The same figures at N requests and at 1,000 make the rows.
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

/** Each page's median time, and the server's peak RSS after them all. */
export async function queueTimings(server: Server, cookie: string, runs = 5): Promise<Timings> {
  const timings: Timings = {};
  for (const [name, path] of Object.entries(QUEUE_PAGES)) {
    await timePage(server, path, cookie);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timePage(server, path, cookie));
    timings[name] = median(times);
  }
  timings.rss = server.peakRss();
  return timings;
}

/** Rows comparing the figures at `n` requests (`large`) with those at 1,000 (`small`). */
export function queueRows(engine: Row["engine"], n: number, large: Timings, small: Timings): Row[] {
  const at = `${n.toLocaleString("en")} vs 1,000`;
  const rows: Row[] = Object.keys(QUEUE_PAGES).map((name) => ({ measure: `${name}, ${at}`, engine, a: ms(large[name]!), b: ms(small[name]!), ratio: large[name]! / small[name]!, goal: "≤ 1.5×" }));
  rows.push({ measure: `server peak RSS after the queue pages, ${at}`, engine, a: mib(large.rss!), b: mib(small.rss!), ratio: large.rss! / small.rss!, goal: "≤ 1.2×" });
  return rows;
}
