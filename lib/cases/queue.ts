import "server-only";
import { getDb, type Reader } from "../../db/client";
import { listQueue, type QueueCursor, type QueueFilters } from "../../db/views/queue";

export { decodeCursor, encodeCursor, type QueueCursor, type QueueFilters } from "../../db/views/queue";

/** A page of the staff queue: the member's portals' requests matching `filters`, most urgent first. */
export async function staffQueue(filters: QueueFilters, page: { after?: QueueCursor; limit: number }, db: Reader = getDb()) {
  return listQueue(db, filters, page);
}
