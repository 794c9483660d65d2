import { REQUEST_TYPES, type Regime, type Rule } from "../types";
import { gdprRule } from "./eu-gdpr";

/**
 * UK GDPR art. 12(3) with the Data (Use and Access) Act 2025 and the ICO's
 * guidance on time limits: the month starts at the latest of receipt, receipt of
 * identity evidence asked for, and receipt of a fee; while the controller waits
 * for a clarification it asked for, the clock stops, and those days (the day
 * asked to the day answered, both inclusive) are added before the roll.
 */
const ukRule: Rule = {
  ...gdprRule,
  source: "UK GDPR art. 12(3) and the ICO's time-limit guidance",
  extension: { period: { count: 2, unit: "months" }, source: "UK GDPR art. 12(3)" },
  pausable: true,
  clockStart: "latest-of-receipt-identity-fee",
};

export const ukGdpr: Regime = {
  id: "uk-gdpr",
  name: "UK GDPR",
  rules: Object.fromEntries(REQUEST_TYPES.map((t) => [t, ukRule])),
  noPause: "",
};
