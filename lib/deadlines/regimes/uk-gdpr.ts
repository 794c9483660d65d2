import type { Regime, Rule } from "../types";
import { gdprRule, GDPR_TYPES } from "./eu-gdpr";

/**
 * UK GDPR art. 12(3) with the Data (Use and Access) Act 2025 and the ICO's
 * guidance on time limits: the month starts at the latest of receipt, receipt of
 * identity evidence asked for, and receipt of a fee.
 */
const ukRule: Rule = {
  ...gdprRule,
  source: "UK GDPR art. 12(3) and the ICO's time-limit guidance",
  extension: { period: { count: 2, unit: "months" }, source: "UK GDPR art. 12(3)" },
  pausable: false,
  clockStart: "latest-of-receipt-identity-fee",
};

/**
 * The ICO lets the clock stop to clarify a request only where the controller
 * processes a large amount of information about the person, which its guidance
 * applies to access requests. The days waited (the day asked to the day
 * answered, both inclusive) are added before the roll.
 */
const access: Rule = {
  ...ukRule,
  pausable: true,
  pauseRule:
    "the clock stops while the controller waits for a clarification it asked for, which the ICO allows for an access request where the controller processes a large amount of information about the person; the days waited, the day asked and the day answered both counted, are added",
};

export const ukGdpr: Regime = {
  id: "uk-gdpr",
  name: "UK GDPR",
  rules: Object.fromEntries(GDPR_TYPES.map((t) => [t, t === "access" ? access : ukRule])),
  noPause:
    "the ICO lets the clock stop for a clarification only on an access request where the controller processes a large amount of information about the person; for any other request the month runs on",
};
