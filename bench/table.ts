/**
 * The one table `npm run bench` prints, and how a child process hands its
 * figures to the parent: a line `@@bench <json>` on stdout (anything else a
 * child prints is progress, passed on to stderr).
 */
export interface Row {
  measure: string;
  engine: "sqlite" | "postgres";
  /** The measured side (e.g. intake req/s, queue ms at N). */
  a: string;
  /** The baseline it is compared with. */
  b: string;
  ratio: number;
  goal: string;
}

const TAG = "@@bench ";

/** From a child: hand a value to the parent. */
export function emit(value: unknown): void {
  process.stdout.write(`${TAG}${JSON.stringify(value)}\n`);
}

/** In the parent: the values a child emitted, and its other output. */
export function parseEmitted(line: string): unknown | undefined {
  return line.startsWith(TAG) ? JSON.parse(line.slice(TAG.length)) : undefined;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const perSecond = (x: number) => `${Math.round(x).toLocaleString("en")} req/s`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The table, columns padded; `notes` (skipped engines, failures) under it. */
export function printTable(rows: Row[], notes: string[]): void {
  const header = ["measure", "engine", "value A", "value B", "ratio A/B", "goal"];
  const body = rows.map((r) => [r.measure, r.engine, r.a, r.b, `${r.ratio.toFixed(2)}×`, r.goal]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const cells of body) console.log(line(cells));
  for (const note of notes) console.log(`note: ${note}`);
}
