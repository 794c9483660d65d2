/**
 * The sweep measure: one deadline-reminder sweep (claiming until nothing is
 * left) over the bench database, against a plain indexed SELECT of the same
 * due rows, side by side on the same database. Runs in the engine's child
 * process, on a database bench/seed.ts filled; it changes it (the claims).
 */
import { performance } from "node:perf_hooks";
import { selectRemindersDue } from "../db/bench-data";
import type { Db } from "../db/client";
import { sweepDeadlineReminders } from "../lib/scheduler/deadline-reminders";
import { benchClock } from "./seed";
import { ms, type Row } from "./table";

export async function sweepRow(db: Db, engine: Row["engine"], total: number): Promise<Row> {
  const { now } = benchClock();

  const selectStart = performance.now();
  const due = await selectRemindersDue(db, now);
  const selected = performance.now() - selectStart;

  const sweepStart = performance.now();
  let claimed = 0;
  let emails = 0;
  for (;;) {
    const run = await sweepDeadlineReminders(db, { now, appUrl: "http://localhost:3000" });
    claimed += run.claimed;
    emails += run.emails;
    if (run.claimed === 0) break;
  }
  const swept = performance.now() - sweepStart;
  console.log(`${engine}: sweep over ${total.toLocaleString("en")} requests: ${due.length} due by SELECT, ${claimed} claimed, ${emails} reminders queued`);
  // Exactly once: every due row claimed by the sweep, none twice.
  if (claimed !== due.length) throw new Error(`${engine}: the sweep claimed ${claimed} requests, the SELECT found ${due.length} due`);
  return {
    measure: `sweep (${total.toLocaleString("en")} requests, ${due.length.toLocaleString("en")} due) vs indexed SELECT`,
    engine,
    a: ms(swept),
    b: ms(selected),
    ratio: swept / selected,
    goal: "≤ 5×",
  };
}
