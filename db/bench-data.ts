import "server-only";
import { asc, lte } from "drizzle-orm";
import { withTransaction, type Db, type Reader } from "./client";
import { requests, type NewDsrRequest } from "./schema";

/** Rows per INSERT: well under SQLite's bound-parameter limit, large enough to seed a million rows quickly. */
const CHUNK = 500;

/** Inserts many requests at once, for `npm run bench`: one transaction, multi-row statements. */
export async function insertRequestsInBulk(db: Db, rows: Iterable<NewDsrRequest>): Promise<number> {
  return withTransaction(db, async (tx) => {
    let count = 0;
    let chunk: NewDsrRequest[] = [];
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === CHUNK) {
        await tx.insert(requests).values(chunk);
        count += chunk.length;
        chunk = [];
      }
    }
    if (chunk.length > 0) await tx.insert(requests).values(chunk);
    return count + chunk.length;
  });
}

/** The bench's baseline: the requests whose next reminder has come, by the indexed column, nothing else. */
export function selectRemindersDue(db: Reader, now: Date) {
  return db.select().from(requests).where(lte(requests.nextReminderAt, now)).orderBy(asc(requests.nextReminderAt));
}
