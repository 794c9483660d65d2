import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { revokeStaffSession, revokeStaffSessionsOf } from "../../db/queries/staff-sessions";
import { recordStaffEvent } from "./audit";

/** Ends this member's sessions on every device: every session row of theirs is revoked, and recorded. */
export async function signOutEverywhere(db: Db, { userId, now }: { userId: string; now: Date }): Promise<number> {
  return withTransaction(db, async (tx) => {
    const ended = await revokeStaffSessionsOf(tx, { userId, at: now });
    await recordStaffEvent(tx, { userId, type: "staff_signed_out_everywhere", at: now });
    return ended;
  });
}

/** Ends one session (a sign-out), so a copy of its cookie stops working too. */
export async function endStaffSession(db: Db, { id, userId, now }: { id: string; userId: string; now: Date }): Promise<void> {
  await withTransaction(db, (tx) => revokeStaffSession(tx, { id, userId, at: now }));
}
