"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { bumpSessionVersion } from "@/db/queries/staff";
import { recordStaffEvent } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/session";

export async function signOutAction() {
  await signOut({ redirectTo: "/staff/sign-in" });
}

/** Ends this member's sessions on every device: their older tokens no longer match. */
export async function signOutEverywhereAction() {
  const { user } = await requireStaff();
  bumpSessionVersion(getDb(), { userId: user.id });
  recordStaffEvent(getDb(), { userId: user.id, type: "staff_signed_out_everywhere" });
  await signOut({ redirectTo: "/staff/sign-in" });
}
