import type { DsrRequest, Portal } from "../../db/schema";
import { computeDeadline, type DeadlineResult } from "../deadlines";

/**
 * A request's deadline under its portal's regime and promise. The clock starts
 * on receipt, or on verification where the portal counts from the proven
 * request; UK GDPR counts the verified address as the identity evidence.
 */
export function deadlineFor(portal: Portal, request: Pick<DsrRequest, "type" | "receivedAt" | "verifiedAt">): DeadlineResult {
  const verifiedAt = request.verifiedAt ?? undefined;
  return computeDeadline({
    regime: portal.regime,
    type: request.type,
    receivedAt: portal.clockStart === "verification" && verifiedAt ? verifiedAt : request.receivedAt,
    identityVerifiedAt: portal.regime === "uk-gdpr" ? verifiedAt : undefined,
    timeZone: portal.timeZone,
    country: portal.holidayCountry,
    promise: portal.promises[request.type],
    overrides: portal.calendarOverrides,
  });
}
