import type { AppealRight, FreeRequestLimit, Period, Regime, RegimeId, RequestType, Rule } from "../types";

/**
 * The state comprehensive privacy laws share one shape: a response within N
 * days of receipt, one further period with notice and reasons inside the
 * first, and (most of them) an appeal to the controller decided within M days.
 */

const NO_ROLL =
  "calendar days counted from the day after receipt, the day of receipt being taken in the portal's time zone; the statute moves no last day off a weekend or holiday, so none is moved (the conservative reading)";

/** The request types a state law's consumer rights map to; opt-outs of targeted advertising, sale and profiling are objections. */
export const US_STATE_RIGHTS = ["access", "correction", "deletion", "portability", "objection"] as const satisfies readonly RequestType[];

export interface UsStateLaw {
  id: RegimeId;
  name: string;
  response: { source: string; days: number; extension: { source: string; days: number } };
  /** The rights the law grants, where fewer than US_STATE_RIGHTS. */
  rights?: readonly RequestType[];
  /** The controller's appeal decision; absent where the law grants no appeal. */
  appeal?: AppealRight & { days: number; extension?: { source: string; days: number } };
  freeRequests?: FreeRequestLimit;
}

const days = (count: number): Period => ({ count, unit: "calendar-days" });

export function usStateRegime(law: UsStateLaw): Regime {
  const respond: Rule = {
    source: law.response.source,
    period: days(law.response.days),
    extension: { period: days(law.response.extension.days), source: law.response.extension.source },
    rollToWorkingDay: false,
    pausable: false,
    clockStart: "receipt",
    note: NO_ROLL,
  };
  const rules: Regime["rules"] = Object.fromEntries((law.rights ?? US_STATE_RIGHTS).map((t) => [t, respond]));
  let appeal: AppealRight | undefined;
  if (law.appeal) {
    const { days: count, extension, ...right } = law.appeal;
    rules.appeal = {
      source: right.source,
      period: days(count),
      extension: extension && { period: days(extension.days), source: extension.source },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "receipt",
      note: `the appeal is decided within ${count} days of its receipt; ${NO_ROLL}`,
    };
    appeal = right;
  }
  return {
    id: law.id,
    name: law.name,
    rules,
    noPause: `${[law.response.source, law.appeal?.source].filter(Boolean).join(" and ")} count from receipt, with no provision that stops the clock while the controller waits for the consumer`,
    appeal,
    freeRequests: law.freeRequests,
  };
}
