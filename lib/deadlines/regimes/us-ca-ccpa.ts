import type { Regime, Rule } from "../types";

/**
 * CCPA/CPRA regulations, 11 CCR §7021: respond to requests to know, delete and
 * correct within 45 calendar days of receipt, however long verification takes;
 * up to 45 more (90 in total) with notice and reasons inside the first 45;
 * confirm receipt within 10 business days. The days are counted with the day of
 * receipt excluded (Cal. Civ. Code §10), and the regulations provide no roll.
 */
const respond: Rule = {
  source: "11 CCR §7021(b)",
  period: { count: 45, unit: "calendar-days" },
  extension: { period: { count: 45, unit: "calendar-days" }, source: "11 CCR §7021(b); Civ. Code §1798.130(a)(2)" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
  acknowledge: { period: { count: 10, unit: "business-days" }, source: "11 CCR §7021(a)" },
};

/** §7026(f)(1): act on an opt-out of sale or sharing within 15 business days; no extension. */
const optOut: Rule = {
  source: "11 CCR §7026(f)(1)",
  period: { count: 15, unit: "business-days" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
  note: "under the CCPA this is a request to opt out of the sale or sharing of personal information",
};

/** §7027(g)(1): act on a request to limit the use of sensitive personal information within 15 business days. */
const limit: Rule = {
  ...optOut,
  source: "11 CCR §7027(g)(1)",
  note: "under the CCPA this is a request to limit the use of sensitive personal information",
};

export const usCaCcpa: Regime = {
  id: "us-ca-ccpa",
  name: "California CCPA/CPRA",
  rules: {
    access: respond,
    portability: { ...respond, note: "under the CCPA a portable copy is part of the response to a request to know" },
    deletion: respond,
    correction: respond,
    objection: optOut,
    "stop-processing": optOut,
    "consent-withdrawal": optOut,
    restriction: limit,
  },
  noPause: "the 45 days run from receipt whatever time verification or clarification takes (11 CCR §7021(b))",
  // Civ. Code §1798.130(b): a business need not answer requests to know from the same consumer more than twice in 12 months.
  freeRequests: { count: 2, months: 12, source: "Cal. Civ. Code §1798.130(b)" },
};
