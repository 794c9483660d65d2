import type { Regime } from "../types";

/**
 * Law of Uzbekistan No. ZRU-547 "On Personal Data" (2 Jul 2019) sets no general
 * response time, so the operator's promise governs; "days" unqualified are read
 * as calendar days, the stricter reading. The periods it does set:
 * - art. 11: a change to personal data within three days of the request being
 *   submitted ("murojaat berilgan paytdan"), so a portal that starts its clock
 *   on verification does not move it;
 * - art. 21: a refusal to give the subject access, in writing with reasons,
 *   within ten days;
 * - art. 23: an answer to an objection to a decision taken solely by automated
 *   processing within ten days.
 */
export const uzZru547: Regime = {
  id: "uz-zru547",
  name: "Uzbekistan ZRU-547",
  rules: {
    correction: {
      source: "ZRU-547 art. 11",
      period: { count: 3, unit: "calendar-days" },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "submission",
    },
    objection: {
      source: "ZRU-547 art. 23",
      period: { count: 10, unit: "calendar-days" },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "receipt",
      note: "an objection to a decision taken solely by automated processing is answered within ten days; any other objection is held to the same period, the stricter reading",
    },
  },
  refusals: {
    access: { source: "ZRU-547 art. 21", period: { count: 10, unit: "calendar-days" } },
  },
  noPause: "ZRU-547 counts its periods from the request with no pause",
};
