import "server-only";
import { getDb, type Reader } from "../../db/client";
import { listFailedMessages } from "../../db/views/outbox";

/** The outbox page's list: the messages the sender gave up on, of the portals `adminOf` (the member administers). */
export async function failedMessagesOf(adminOf: number[], db: Reader = getDb()) {
  return listFailedMessages(db, { portalIds: adminOf });
}
