import { calendarFeedResponse } from "@/lib/calendar/response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/calendar/[feed]">) {
  return calendarFeedResponse((await params).feed);
}
