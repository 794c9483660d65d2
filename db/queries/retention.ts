import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { addDays } from "../../lib/deadlines/dates";
import { localDate } from "../../lib/deadlines/zone";
import type { Executor } from "../client";
import { deletionOutcomes, portals, requests, retentionBases, users } from "../schema";

export interface RetentionFilters {
  /** The member's portals: nothing outside them is ever listed. */
  portalIds: number[];
  now: Date;
  portal?: string;
  basis?: string;
  /** Kept until today + N days or earlier (in each portal's zone), and not yet purged. */
  endsWithinDays?: number;
  includePurged?: boolean;
}

/** The retention register: data kept after deletions, soonest end first, with what the page and the export show. */
export function listRetention(db: Executor, f: RetentionFilters) {
  const where: (SQL | undefined)[] = [
    inArray(deletionOutcomes.portalId, f.portalIds),
    eq(deletionOutcomes.kept, true),
    f.portal === undefined ? undefined : eq(portals.slug, f.portal),
    f.basis === undefined ? undefined : eq(retentionBases.key, f.basis),
    f.endsWithinDays === undefined ? undefined : endsBy(db, f.portalIds, f.now, f.endsWithinDays),
    // "Ends within" asks what still has to go, so purged rows never count there.
    f.includePurged && f.endsWithinDays === undefined ? undefined : isNull(deletionOutcomes.purgedAt),
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
    .orderBy(sql`${deletionOutcomes.keepUntil} is null`, asc(deletionOutcomes.keepUntil), asc(deletionOutcomes.id))
    .all();
}

export type RetentionRow = ReturnType<typeof listRetention>[number];

/**
 * keep_until is a calendar date in the portal's own zone, so "within N days"
 * counts from each portal's today: Tashkent's tomorrow starts while it is
 * still today in Moscow.
 */
function endsBy(db: Executor, portalIds: number[], now: Date, days: number): SQL | undefined {
  const zones = db.select({ id: portals.id, timeZone: portals.timeZone }).from(portals).where(inArray(portals.id, portalIds)).all();
  return or(...zones.map((p) => and(eq(deletionOutcomes.portalId, p.id), lte(deletionOutcomes.keepUntil, addDays(localDate(now, p.timeZone), days)))));
}

/** The retention bases of the member's portals, for the register's filter; one key may serve several portals. */
export function listBasisKeys(db: Executor, { portalIds }: { portalIds: number[] }): string[] {
  return db
    .selectDistinct({ key: retentionBases.key })
    .from(retentionBases)
    .where(inArray(retentionBases.portalId, portalIds))
    .orderBy(asc(retentionBases.key))
    .all()
    .map((b) => b.key);
}

/** A kept outcome, for checking who may confirm its purge and what to record. */
export function getKeptOutcome(db: Executor, { id }: { id: number }) {
  return db
    .select()
    .from(deletionOutcomes)
    .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.kept, true)))
    .get();
}

/**
 * Records that kept data was purged, only if nobody has yet: two clicks or two
 * members confirming at once change the row (and write the audit entry) once.
 * The weekly purge reminder stops with it.
 */
export function confirmPurge(tx: Executor, { id, userId, now }: { id: number; userId: string; now: Date }): boolean {
  return (
    tx
      .update(deletionOutcomes)
      .set({ purgedAt: now, purgedBy: userId, nextReminderAt: null })
      .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.kept, true), isNull(deletionOutcomes.purgedAt)))
      .run().changes === 1
  );
}
