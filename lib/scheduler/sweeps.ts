import type { Db } from "../../db/client";
import { sweepInboundMailboxes } from "../inbound/poll";
import { sweepUnverified } from "../requests/unverified";
import { sweepClosedErasure } from "./closed-erasure";
import { sweepDailyDigests } from "./daily-digest";
import { sweepDeadlineReminders } from "./deadline-reminders";
import { sweepExpiredExports } from "./export-expiry";
import { sweepPlannerStatistics } from "./planner-statistics";
import { sweepRetentionReminders } from "./retention-reminders";
import { sweepExpiredSignInMail } from "./sign-in-mail-expiry";

export interface SweepContext {
  now: Date;
  appUrl: string;
  /** Test-only: awaited between two items of a sweep (the deadline-reminder sweep's items are committed batches), so a crash test can kill the process mid-sweep. */
  afterItem?: () => void | Promise<void>;
}

/**
 * One kind of due work. A sweep selects by an indexed "next time" column,
 * claims each item with a conditional update before queuing its email, and
 * stores the item's next time; it returns counts for the log.
 */
export interface Sweep {
  name: string;
  run(db: Db, ctx: SweepContext): Promise<Record<string, number>>;
}

/** Every sweep the scheduler runs, in this order, each minute. */
export const SWEEPS: Sweep[] = [
  { name: "unverified requests", run: async (db, ctx) => sweepUnverified(db, ctx) },
  { name: "deadline reminders", run: sweepDeadlineReminders },
  { name: "retention reminders", run: sweepRetentionReminders },
  { name: "closed-request erasure", run: sweepClosedErasure },
  { name: "export expiry", run: sweepExpiredExports },
  { name: "daily digest", run: sweepDailyDigests },
  { name: "sign-in mail expiry", run: sweepExpiredSignInMail },
  { name: "planner statistics", run: sweepPlannerStatistics },
  // Last: it waits on other servers (bounded by its timeouts), which must not hold back the reminders.
  { name: "inbound mailboxes", run: (db, ctx) => sweepInboundMailboxes(db, ctx) },
];
