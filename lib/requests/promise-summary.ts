import type { Portal } from "../../db/schema";
import { REGIMES, promiseRule } from "../deadlines/regimes";
import type { Period, RequestType } from "../deadlines/types";

/** Rough days per unit, only to tell which of two periods is shorter for display. */
const APPROX_DAYS: Record<Period["unit"], number> = { months: 30, "calendar-days": 1, "working-days": 1.4, "business-days": 1.4 };

/**
 * The period a requester should expect for a request type, in the portal's
 * words: the shorter of the statute's and the operator's promise. The exact
 * date is the engine's, computed when the request arrives.
 */
export function expectedPeriod(portal: Portal, type: RequestType): Period {
  const candidates = [REGIMES[portal.regime].rules[type]?.period, portal.promises[type] && promiseRule(portal.promises[type]).period].filter(
    (p): p is Period => !!p,
  );
  return candidates.reduce((a, b) => (b.count * APPROX_DAYS[b.unit] < a.count * APPROX_DAYS[a.unit] ? b : a));
}
