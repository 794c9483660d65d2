import "server-only";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isPostgres, rawRun, type Tx } from "./client";
import { requestCloseTimes, requestOpenCounts, requestWeekCounts } from "./schema";

/** The migration that created the rollup triggers: its INSERT … SELECT statements fill the rollups from the requests. */
const TRIGGER_MIGRATION = { sqlite: "0008_dashboard_rollup_triggers.sql", postgres: "0003_dashboard_rollup_triggers.sql" } as const;

/**
 * Recounts the dashboard's rollups from the requests, with the very statements
 * the migration filled them with: for a bulk load made with the triggers off.
 */
export async function rebuildDashboardRollups(tx: Tx): Promise<void> {
  const engine = isPostgres(tx) ? "postgres" : "sqlite";
  const migration = readFileSync(join(process.cwd(), "db", "migrations", engine, TRIGGER_MIGRATION[engine]), "utf8");
  const fills = migration.split("--> statement-breakpoint").filter((statement) => /^\s*INSERT INTO/.test(statement));
  if (fills.length !== 3) throw new Error(`${TRIGGER_MIGRATION[engine]}: expected the three rollup fills, found ${fills.length}`);
  for (const table of [requestWeekCounts, requestCloseTimes, requestOpenCounts]) await tx.delete(table);
  for (const fill of fills) await rawRun(tx, sql.raw(fill));
}
