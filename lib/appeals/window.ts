import type { DsrRequest, Portal } from "../../db/schema";
import { addDays, type IsoDate } from "../deadlines/dates";
import { endOfDay, localDate } from "../deadlines/zone";
import { appealRight } from "../deadlines";

export type AppealWindow = { state: "open"; until: IsoDate } | { state: "closed"; until: IsoDate } | { state: "appealed" } | { state: "none" };

/** Decisions a requester can appeal: a request answered in whole or in part, or declined. */
const DECIDED = ["completed", "rejected"] as const;

/**
 * Whether the requester may still appeal `request`'s decision: only where the
 * portal's law gives an appeal (the engine's `appealRight`), only once, and until the end of the window's
 * last day in the portal's zone (the day of the decision not counted). A request merged
 * into an earlier one was not decided on its merits: the earlier one is what gets answered.
 */
export function appealWindow(
  { portal, request, appealed, now }: { portal: Pick<Portal, "regime" | "timeZone" | "appealWindowDays">; request: Pick<DsrRequest, "type" | "status" | "closedAt" | "duplicateState">; appealed: boolean; now: Date },
): AppealWindow {
  const right = appealRight(portal.regime);
  if (!right || request.type === "appeal" || request.duplicateState === "merged" || !request.closedAt || !(DECIDED as readonly string[]).includes(request.status)) return { state: "none" };
  if (appealed) return { state: "appealed" };
  // Where the law says only "a reasonable period" (Virginia and the Acts modelled on it), the portal's window applies.
  const days = right.window === "reasonable-period" ? portal.appealWindowDays : right.window.days;
  const until = addDays(localDate(request.closedAt, portal.timeZone), days);
  return now <= endOfDay(until, portal.timeZone) ? { state: "open", until } : { state: "closed", until };
}
