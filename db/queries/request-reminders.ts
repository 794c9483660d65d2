import "server-only";
import { eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { requestReminders } from "../schema";

/**
 * A request's deadline-reminder time, kept in request_reminders (db/schema-*.ts
 * says why). Writers of a request pass it as `nextReminderAt` with the
 * request's columns (db/queries/requests.ts stores it here); null removes it.
 */
export async function setRequestReminder(tx: Tx, { requestId, at }: { requestId: number; at: Date | null }): Promise<void> {
  if (at === null) {
    await tx.delete(requestReminders).where(eq(requestReminders.requestId, requestId));
    return;
  }
  await tx.insert(requestReminders).values({ requestId, nextReminderAt: at }).onConflictDoUpdate({ target: requestReminders.requestId, set: { nextReminderAt: at } });
}

/** When the scheduler next looks at the request's deadline reminders; null when never. */
export async function getRequestReminder(db: Executor, { requestId }: { requestId: number }): Promise<Date | null> {
  const [row] = await db.select({ at: requestReminders.nextReminderAt }).from(requestReminders).where(eq(requestReminders.requestId, requestId));
  return row?.at ?? null;
}
