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

export const euGdpr: Regime = {
  id: "eu-gdpr",
  name: "EU GDPR",
  rules: Object.fromEntries(REQUEST_TYPES.map((t) => [t, gdprRule])),
  noPause: "GDPR art. 12(3) has no provision that stops the month while the controller waits for the data subject",
};
