"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { staffFormAction } from "@/lib/staff/action";
import { chooseStaffLanguage } from "@/lib/staff/preferences";
import { staffLanguageSchema } from "@/lib/validation/staff-language";

/** Back to the staff page the picker was used on (only its path and query, and only a staff page), else the queue. */
function staffPageOf(referer: string | null): string {
  if (!referer || !URL.canParse(referer)) return "/staff";
  const { pathname, search } = new URL(referer);
  return pathname === "/staff" || pathname.startsWith("/staff/") ? `${pathname}${search}` : "/staff";
}

/** The member picks the language of their desk and emails; any member may, for themselves only. */
export async function chooseLanguageAction(formData: FormData) {
  const back = staffPageOf((await headers()).get("referer"));
  await staffFormAction(
    { schema: staffLanguageSchema },
    async ({ staff, db, input }) => {
      await chooseStaffLanguage(db, { userId: staff.user.id, language: input.language });
      // Every layout speaks it, the root's <html lang> included: the page comes back whole, not just its own segment.
      revalidatePath("/", "layout");
    },
    { back: () => back },
  )(formData);
}
