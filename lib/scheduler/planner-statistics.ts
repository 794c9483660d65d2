import "server-only";
import { refreshPlannerStatistics, type Db } from "../../db/client";
import type { SweepContext } from "./sweeps";

const DAY = 86_400_000;

/**
 * When this process last refreshed each database's statistics. Kept here, not
 * in the database: SQLite's planner reads them per connection, so each process
 * refreshes for its own connections.
 */
const refreshedAt = new WeakMap<Db, number>();

/**
 * Refreshes the planners' statistics (db/client.ts) on the first run and then
 * once a day, for a server that runs for months while its tables grow.
 */
export async function sweepPlannerStatistics(db: Db, { now }: SweepContext): Promise<{ refreshed: number }> {
  const last = refreshedAt.get(db);
  if (last !== undefined && now.getTime() - last < DAY) return { refreshed: 0 };
  refreshedAt.set(db, now.getTime());
  await refreshPlannerStatistics(db);
  return { refreshed: 1 };
}
