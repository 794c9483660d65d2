import "server-only";
import { getDb, type Reader } from "../../db/client";
import { getDashboardStats, type DashboardStats } from "../../db/views/dashboard";

export { SERIES_WEEKS, type DashboardStats, type TypeCounts, type WeekCounts } from "../../db/views/dashboard";

/** The staff home's figures for the portals in `portalIds`, as of `now`. */
export async function dashboardStats({ portalIds, now }: { portalIds: number[]; now: Date }, db: Reader = getDb()): Promise<DashboardStats> {
  return getDashboardStats(db, { portalIds, now });
}
