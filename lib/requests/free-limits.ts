import { freeRequestLimit, type FreeRequestLimit, type RegimeId, type RequestType } from "../deadlines";
import { US_STATE_RIGHTS } from "../deadlines/regimes/us-state";

/** The engine's free-request limit for a request of `type`, with the types that count towards it (together). */
export interface FreeLimit extends FreeRequestLimit {
  types: readonly RequestType[];
}

/**
 * The types a regime's limit covers: the CCPA's applies to requests to know
 * (Civ. Code §1798.130(b)); the state laws' to every consumer right, an appeal
 * being the review of a decision rather than a further request.
 */
function coveredTypes(regime: RegimeId): readonly RequestType[] {
  return regime === "us-ca-ccpa" ? ["access", "portability"] : US_STATE_RIGHTS;
}

/** The free-request limit that covers `type` under `regime`, if the law sets one. */
export function freeLimit(regime: RegimeId, type: RequestType): FreeLimit | undefined {
  const limit = freeRequestLimit(regime);
  const types = coveredTypes(regime);
  return limit && types.includes(type) ? { ...limit, types } : undefined;
}

/** The start of the rolling window that ends at `at`: the same instant `months` months earlier (UTC arithmetic, clamped to the month's end). */
export function windowStart(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
