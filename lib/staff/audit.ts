import type { Db } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { listMemberships } from "../../db/queries/staff";

/**
 * Records a staff event that belongs to no single request (a sign-in, a role
 * change) in the audit chain of each portal it concerns: by default, every
 * portal the member belongs to.
 */
export function recordStaffEvent(
  db: Db,
  { userId, type, data = {}, portalIds, at = new Date() }: { userId: string; type: string; data?: Record<string, unknown>; portalIds?: number[]; at?: Date },
) {
  const ids = portalIds ?? listMemberships(db, { userId }).map((m) => m.portalId);
  db.transaction(
    (tx) => {
      for (const portalId of ids) appendEvent(tx, { portalId, requestId: null, type, actor: `staff:${userId}`, public: false, data, at });
    },
    { behavior: "immediate" },
  );
}
