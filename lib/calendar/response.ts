import "server-only";
import { getDb } from "../../db/client";
import { now } from "../clock";
import { env } from "../env";
import { calendarFeed } from "./feed";

const NOT_FOUND = "This calendar address is not valid, or was replaced or revoked.";

/** The feed behind `/calendar/<secret>.ics`: the secret is the only credential a calendar app sends. */
export async function calendarFeedResponse(file: string): Promise<Response> {
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : file;
  const text = await calendarFeed(getDb(), { token, now: now(), appUrl: env().APP_URL });
  if (text === undefined) return new Response(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="rightsdesk-deadlines.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
