import type { RegimeId, RequestType } from "../deadlines";

/** How many requests a law makes the operator answer free of charge in a rolling period. */
export interface FreeLimit {
  /** The types that count towards the limit (together). */
  types: readonly RequestType[];
  count: number;
  months: number;
  source: string;
  /** What the operator may do beyond it, for the staff member deciding. */
  beyond: string;
}

const LIMITS: Partial<Record<RegimeId, FreeLimit>> = {
  "us-va-vcdpa": {
    types: ["access", "portability", "deletion", "correction", "objection"],
    count: 2,
    months: 12,
    source: "Va. Code §59.1-577(B)(3)",
    beyond:
      "information is free up to twice annually; beyond that, a manifestly unfounded, excessive or repetitive request may be charged a reasonable fee or declined, and the controller bears the burden of showing it is so",
  },
  "us-ca-ccpa": {
    types: ["access", "portability"],
    count: 2,
    months: 12,
    source: "Cal. Civ. Code §1798.130(b)",
    beyond: "a business need not provide the information to a consumer more than twice in a 12-month period",
  },
};

/** The free-request limit that covers `type` under `regime`, if the law sets one. */
export function freeLimit(regime: RegimeId, type: RequestType): FreeLimit | undefined {
  const limit = LIMITS[regime];
  return limit?.types.includes(type) ? limit : undefined;
}

/** The start of the rolling window that ends at `at`: the same local instant `months` months earlier (UTC arithmetic, clamped to the month's end). */
export function windowStart(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
