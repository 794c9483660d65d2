import "server-only";
import { sql } from "drizzle-orm";
import type { Reader } from "../client";

/** Asks the database for a constant: resolves once it answers, rejects if it cannot. */
export async function pingDatabase(db: Reader): Promise<void> {
  await db.select({ one: sql<number>`1` }).from(sql`(select 1) as probe`);
}
