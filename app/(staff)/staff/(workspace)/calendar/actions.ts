"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { calendarFeedPath, createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/feed";
import { env } from "@/lib/env";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";

const CALENDAR_PAGE = "/staff/calendar";
const nothing = z.object({});

export type CalendarFeedFormState = ActionState<{ url: string }>;

const create = staffAction({ schema: nothing }, async ({ staff, db, now }) => {
  const { token } = await createCalendarFeed(db, { userId: staff.user.id, now });
  revalidatePath(CALENDAR_PAGE);
  return { url: `${env().APP_URL}${calendarFeedPath(token)}` };
});

/** A new secret address for the member's own calendar, shown once in this answer (never in a URL); the old one stops working. */
export async function createCalendarFeedAction(prev: CalendarFeedFormState, posted?: FormData): Promise<CalendarFeedFormState> {
  return create(prev, posted);
}

const revoke = staffFormAction(
  { schema: nothing },
  async ({ staff, db, now }) => {
    const outcome = await revokeCalendarFeed(db, { userId: staff.user.id, now });
    revalidatePath(CALENDAR_PAGE);
    return outcome;
  },
  { back: () => CALENDAR_PAGE },
);

/** Ends the member's calendar address: calendar apps fetching it get a 404 from now on. */
export async function revokeCalendarFeedAction(formData: FormData) {
  await revoke(formData);
}
