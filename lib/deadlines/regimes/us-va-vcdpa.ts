import type { Regime, Rule } from "../types";

/**
 * Virginia Consumer Data Protection Act, Va. Code §59.1-577: respond within 45
 * days of receipt, once extendable by 45 more with notice and reasons inside
 * the first 45 (subsection B 1); decide an appeal within 60 days of its receipt
 * (subsection C). The Act says "days" without more, so calendar days counted
 * from the day after receipt in the portal's zone, and no roll off a weekend:
 * the conservative reading.
 */
const respond: Rule = {
  source: "Va. Code §59.1-577(B)(1)",
  period: { count: 45, unit: "calendar-days" },
  extension: { period: { count: 45, unit: "calendar-days" }, source: "Va. Code §59.1-577(B)(1)" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
  note: "calendar days from the day after receipt; the Act has no weekend roll, so none is applied (the conservative reading)",
};

export const usVaVcdpa: Regime = {
  id: "us-va-vcdpa",
  name: "Virginia VCDPA",
  rules: {
    access: respond,
    portability: respond,
    deletion: respond,
    correction: respond,
    objection: respond,
    appeal: {
      source: "Va. Code §59.1-577(C)",
      period: { count: 60, unit: "calendar-days" },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "receipt",
      note: "an appeal is decided within 60 calendar days of its receipt, counted from the day after; no extension and no weekend roll",
    },
  },
  noPause: "Va. Code §59.1-577 counts its days from receipt with no pause",
};
