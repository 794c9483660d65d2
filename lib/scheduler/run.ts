import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../../db/client";
import { acquireLease, releaseLease } from "./lease";
import { SWEEPS, type Sweep, type SweepContext } from "./sweeps";

const LEASE = "scheduler";
/** Far longer than a run takes (each sweep is batch-limited), short enough that a crashed holder blocks others only briefly. */
const LEASE_TTL_MS = 5 * 60 * 1000;

export type SweepOutcome = { name: string; counts: Record<string, number> } | { name: string; error: string };
export type ScheduledRun = { skipped: true } | { skipped: false; sweeps: SweepOutcome[] };

/** A lease holder name unique to this process (a restarted one gets a new name), and recognisable in the leases table. */
export function schedulerHolder(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/**
 * Runs every sweep once under the "scheduler" lease, so two servers, or a
 * server and a cron run, never sweep at once; skipped when another holder has
 * it. A failing sweep is logged and does not stop the others.
 */
export async function runScheduledSweeps(db: Db, { holder, ...ctx }: SweepContext & { holder: string }): Promise<ScheduledRun> {
  if (!(await acquireLease(db, { name: LEASE, holder, ttlMs: LEASE_TTL_MS, now: ctx.now }))) return { skipped: true };
  try {
    // One after another, in SWEEPS' order.
    const sweeps: SweepOutcome[] = [];
    for (const sweep of SWEEPS) sweeps.push(await runSweep(sweep, db, ctx));
    return { skipped: false, sweeps };
  } finally {
    await releaseLease(db, { name: LEASE, holder });
  }
}

async function runSweep(sweep: Sweep, db: Db, ctx: SweepContext): Promise<SweepOutcome> {
  try {
    return { name: sweep.name, counts: await sweep.run(db, ctx) };
  } catch (e) {
    console.error(`[scheduler] ${sweep.name} failed:`, e);
    return { name: sweep.name, error: e instanceof Error ? e.message : String(e) };
  }
}
