import type { DeadlinePolicy, DsrRequest, Portal } from "../../db/schema";
import { computeDeadline, type DeadlineResult, type Pause, type RequestType } from "../deadlines";
import { localDate } from "../deadlines/zone";

/**
 * The deadline inputs for a request as its portal sets them now: the clock
 * starts on receipt, or on verification where the portal counts from the proven
 * request; UK GDPR counts the verified address as the identity evidence. The
 * submission time is kept too, for a statute that runs from it whatever the
 * portal's setting (ZRU-547 art. 11). Kept with the request, so later settings
 * changes do not move its deadline.
 */
export function deadlinePolicy(portal: Portal, request: Pick<DsrRequest, "type" | "receivedAt" | "verifiedAt">): DeadlinePolicy {
  const verifiedAt = request.verifiedAt?.getTime();
  return {
    regime: portal.regime,
    promise: portal.promises[request.type],
    clockStartAt: portal.clockStart === "verification" && verifiedAt ? verifiedAt : request.receivedAt.getTime(),
    submittedAt: request.receivedAt.getTime(),
    identityVerifiedAt: portal.regime === "uk-gdpr" ? verifiedAt : undefined,
    timeZone: portal.timeZone,
    country: portal.holidayCountry,
    overrides: portal.calendarOverrides,
  };
}

/** Stretches of waiting, as local days in the portal's zone; one still running counts up to `now`. */
export function pausesInZone(rows: readonly { pausedAt: Date; resumedAt: Date | null }[], timeZone: string, now: Date): Pause[] {
  return rows.map((p) => ({ from: localDate(p.pausedAt, timeZone), to: localDate(p.resumedAt ?? now, timeZone) }));
}

export function computeRequestDeadline(
  policy: DeadlinePolicy,
  type: RequestType,
  { pauses = [], extended = false }: { pauses?: Pause[]; extended?: boolean } = {},
): DeadlineResult {
  return computeDeadline({
    regime: policy.regime,
    type,
    receivedAt: new Date(policy.clockStartAt),
    submittedAt: policy.submittedAt === undefined ? undefined : new Date(policy.submittedAt),
    identityVerifiedAt: policy.identityVerifiedAt === undefined ? undefined : new Date(policy.identityVerifiedAt),
    timeZone: policy.timeZone,
    country: policy.country,
    promise: policy.promise,
    overrides: policy.overrides,
    pauses,
    extended,
  });
}
