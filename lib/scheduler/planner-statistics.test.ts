import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { engineOf, rawRows, withTransaction, type Db } from "../../db/client";
import { insertRequest } from "../../db/queries/requests";
import { tempDbPerTest } from "../../db/testing";
import { sweepPlannerStatistics } from "./planner-statistics";
import { APP, portal } from "./test-fixtures";

const db = tempDbPerTest();
const DAY = 86_400_000;
const now = new Date("2026-03-12T12:00:00Z");

/** Whether the planner has statistics on `requests`: rows in sqlite_stat1, or PostgreSQL's record of an ANALYZE. */
async function analyzed(db: Db): Promise<boolean> {
  const [row] =
    engineOf(db) === "postgres"
      ? await rawRows<{ n: number }>(db, sql`select count(*)::int as n from pg_stat_user_tables where relname = 'requests' and last_analyze is not null`)
      : await rawRows<{ n: number }>(db, sql`select count(*) as n from sqlite_stat1 where tbl = 'requests'`);
  return row!.n > 0;
}

describe("the planner statistics sweep", () => {
  it("analyzes the tables on its first run, then once a day", async () => {
    const { id: portalId } = await portal(db(), "mvsep");
    await withTransaction(db(), async (tx) => {
      for (let i = 0; i < 50; i++) await insertRequest(tx, { portalId, reference: `P-${i}`, type: "access", status: "open", channel: "web", email: `r${i}@example.test`, language: "en", receivedAt: now });
    });
    const sweep = (at: number) => sweepPlannerStatistics(db(), { now: new Date(at), appUrl: APP });
    expect(await sweep(now.getTime())).toEqual({ refreshed: 1 });
    expect(await analyzed(db())).toBe(true);
    expect(await sweep(now.getTime() + DAY - 1)).toEqual({ refreshed: 0 });
    expect(await sweep(now.getTime() + DAY)).toEqual({ refreshed: 1 });
  });
});
