import type { Regime } from "../types";

/**
 * Law of Uzbekistan No. ZRU-547 "On Personal Data" (2 Jul 2019) sets no general
 * response time, so the operator's promise governs; art. 11 requires a change to
 * personal data within three days of the request, and "days" unqualified are
 * read as calendar days, the stricter reading.
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
      clockStart: "receipt",
    },
  },
  noPause: "ZRU-547 art. 11 counts three days from the request with no pause",
};
