import "server-only";
import type { Tx } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { listMemberships } from "../../db/queries/staff";

/**
 * Records a staff event that belongs to no single request (a sign-in, a role
 * change) in the audit chain of each portal it concerns (by default, every
 * portal the member belongs to), in the caller's transaction, so the change
 * and its entry commit together.
 */
export async function recordStaffEvent(
  tx: Tx,
  { userId, type, data = {}, portalIds, at }: { userId: string; type: string; data?: Record<string, unknown>; portalIds?: number[]; at: Date },
): Promise<void> {
  const ids = portalIds ?? (await listMemberships(tx, { userId })).map((m) => m.portalId);
  for (const portalId of ids) await appendEvent(tx, { portalId, requestId: null, type, actor: `staff:${userId}`, public: false, data, at });
}
