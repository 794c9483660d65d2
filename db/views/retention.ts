import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { deletionOutcomes, portals, requests, retentionBases, users } from "../schema";

/** A calendar date, YYYY-MM-DD (the type lib/deadlines/dates.ts calls IsoDate). */
type IsoDate = string;

export interface RetentionFilters {
  /** The member's portals: nothing outside them is ever listed. */
  portalIds: number[];
  portal?: string;
  basis?: string;
  /**
   * Kept until this date or earlier, per portal (each portal's "today + N days"
   * in its own zone, computed by the caller), and not yet purged. A portal
   * missing here lists nothing while the filter is on.
   */
  endsBy?: { portalId: number; date: IsoDate }[];
  includePurged?: boolean;
}

/** The retention register: data kept after deletions, soonest end first, with what the page and the export show. */
export async function listRetention(db: Executor, f: RetentionFilters) {
  const where: (SQL | undefined)[] = [
    inArray(deletionOutcomes.portalId, f.portalIds),
    eq(deletionOutcomes.kept, true),
    f.portal === undefined ? undefined : eq(portals.slug, f.portal),
    f.basis === undefined ? undefined : eq(retentionBases.key, f.basis),
    f.endsBy === undefined ? undefined : (or(...f.endsBy.map((e) => and(eq(deletionOutcomes.portalId, e.portalId), lte(deletionOutcomes.keepUntil, e.date)))) ?? sql`0`),
    // "Ends within" asks what still has to go, so purged rows never count there.
    f.includePurged && f.endsBy === undefined ? undefined : isNull(deletionOutcomes.purgedAt),
  ];
  return db
    .select({
      id: deletionOutcomes.id,
      requestId: deletionOutcomes.requestId,
      reference: requests.reference,
      portalId: deletionOutcomes.portalId,
      portalName: portals.name,
      timeZone: portals.timeZone,
      category: deletionOutcomes.category,
      basisKey: retentionBases.key,
      basisLabel: retentionBases.label,
      statute: retentionBases.statute,
      keepUntil: deletionOutcomes.keepUntil,
      purgedAt: deletionOutcomes.purgedAt,
      purgedBy: users.email,
    })
    .from(deletionOutcomes)
    .innerJoin(portals, eq(portals.id, deletionOutcomes.portalId))
    .innerJoin(requests, eq(requests.id, deletionOutcomes.requestId))
    .leftJoin(retentionBases, eq(retentionBases.id, deletionOutcomes.basisId))
    .leftJoin(users, eq(users.id, deletionOutcomes.purgedBy))
    .where(and(...where))
    .orderBy(sql`${deletionOutcomes.keepUntil} is null`, asc(deletionOutcomes.keepUntil), asc(deletionOutcomes.id));
}

export type RetentionRow = Awaited<ReturnType<typeof listRetention>>[number];

/** The time zones of the member's portals: keep_until is a date in its portal's zone. */
export async function listPortalZones(db: Executor, { portalIds }: { portalIds: number[] }): Promise<{ id: number; timeZone: string }[]> {
  return db.select({ id: portals.id, timeZone: portals.timeZone }).from(portals).where(inArray(portals.id, portalIds)).orderBy(portals.id);
}

/** The retention bases of the member's portals, for the register's filter; one key may serve several portals. */
export async function listBasisKeys(db: Executor, { portalIds }: { portalIds: number[] }): Promise<string[]> {
  const rows = await db.selectDistinct({ key: retentionBases.key }).from(retentionBases).where(inArray(retentionBases.portalId, portalIds)).orderBy(asc(retentionBases.key));
  return rows.map((b) => b.key);
}
