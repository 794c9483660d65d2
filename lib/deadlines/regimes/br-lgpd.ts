import type { Regime } from "../types";

/**
 * LGPD (Law No. 13.709/2018) art. 19(II): a clear and complete statement of the
 * data held within 15 days of the request. For the other rights art. 18 §5
 * leaves the time to regulation that sets none yet, so the portal's promise governs.
 */
export const brLgpd: Regime = {
  id: "br-lgpd",
  name: "Brazil LGPD",
  rules: {
    access: {
      source: "LGPD art. 19(II)",
      period: { count: 15, unit: "calendar-days" },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "receipt",
    },
  },
  noPause: "LGPD art. 19 counts from the date of the request with no pause",
};
