import { REQUEST_TYPES, type Regime, type Rule } from "../types";

/**
 * KVKK (Law No. 6698) art. 13(2): conclude the application as soon as possible
 * and within thirty days at the latest. It times every art. 11 application,
 * (f)'s notice to recipients of a correction or deletion included; a refused
 * applicant complains to the Board (art. 14), so `appeal` has no rule.
 */
const rule: Rule = {
  source: "KVKK art. 13(2)",
  period: { count: 30, unit: "calendar-days" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
};

export const trKvkk: Regime = {
  id: "tr-kvkk",
  name: "Turkey KVKK",
  rules: Object.fromEntries(REQUEST_TYPES.filter((t) => t !== "appeal").map((t) => [t, rule])),
  noPause: "KVKK art. 13(2) counts thirty days from the application with no pause",
};
