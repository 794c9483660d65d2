"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { staffFormAction } from "@/lib/staff/action";
import { signOutEverywhere } from "@/lib/staff/sign-out";

/** Auth.js's signOut event revokes this session's row, so a copy of the cookie stops working too. */
export async function signOutAction() {
  await signOut({ redirectTo: "/staff/sign-in" });
}

const everywhere = staffFormAction(
  { schema: z.object({}) },
  async ({ staff, db, now }) => {
    await signOutEverywhere(db, { userId: staff.user.id, now });
    await signOut({ redirectTo: "/staff/sign-in" });
  },
  { back: () => "/staff/sign-in" },
);

/** Ends this member's sessions on every device: every session row of theirs is revoked. */
export async function signOutEverywhereAction(formData?: FormData) {
  await everywhere(formData ?? new FormData());
}
