import { REQUEST_TYPES, type Regime, type Rule } from "../types";

/**
 * GDPR art. 12(3): one month from receipt, extendable by two further months
 * where necessary, the data subject being told within the first month. Periods
 * follow Regulation (EEC, Euratom) No 1182/71 art. 3: the day of receipt is not
 * counted, a month ends on the same date (or the month's last day), and a last
 * day on a Saturday, Sunday or public holiday moves to the next working day.
 */
export const gdprRule: Rule = {
  source: "GDPR art. 12(3)",
  period: { count: 1, unit: "months" },
  extension: { period: { count: 2, unit: "months" }, source: "GDPR art. 12(3), second sentence" },
  rollToWorkingDay: true,
  pausable: false,
  clockStart: "receipt",
};

/**
 * Every right of arts. 15–22, art. 19's list of recipients included, is timed by
 * art. 12(3). The GDPR has no appeal to the controller: a refused data subject
 * complains to the supervisory authority (art. 77), so `appeal` has no rule.
 */
export const GDPR_TYPES = REQUEST_TYPES.filter((t) => t !== "appeal");

export const euGdpr: Regime = {
  id: "eu-gdpr",
  name: "EU GDPR",
  rules: Object.fromEntries(GDPR_TYPES.map((t) => [t, gdprRule])),
  noPause: "GDPR art. 12(3) has no provision that stops the month while the controller waits for the data subject",
};
