"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { revokeStaffSessionsOf } from "@/db/queries/staff-sessions";
import { now } from "@/lib/clock";
import { recordStaffEvent } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/session";

/** Auth.js's signOut event revokes this session's row, so a copy of the cookie stops working too. */
export async function signOutAction() {
  await signOut({ redirectTo: "/staff/sign-in" });
}

/** Ends this member's sessions on every device: every session row of theirs is revoked. */
export async function signOutEverywhereAction() {
  const { user } = await requireStaff();
  const db = getDb();
  const at = now();
  db.transaction(
    () => {
      revokeStaffSessionsOf(db, { userId: user.id, at });
      recordStaffEvent(db, { userId: user.id, type: "staff_signed_out_everywhere", at });
    },
    { behavior: "immediate" },
  );
  await signOut({ redirectTo: "/staff/sign-in" });
}
