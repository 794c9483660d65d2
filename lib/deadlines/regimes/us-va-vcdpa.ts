import { usStateRegime } from "./us-state";

/**
 * Virginia Consumer Data Protection Act, Va. Code §59.1-577, as read:
 * (B)(1) "A controller shall respond to the consumer without undue delay, but in all cases within 45 days of receipt of
 *   the request … The response period may be extended once by 45 additional days when reasonably necessary, taking into
 *   account the complexity and number of the consumer's requests, so long as the controller informs the consumer of any
 *   such extension within the initial 45-day response period, together with the reason for the extension."
 * (B)(3) "Information provided in response to a consumer request shall be provided by a controller free of charge, up
 *   to twice annually per consumer."
 * (C) the appeal: decided in writing within 60 days of its receipt, a denial giving the consumer a way to complain to the
 *   Attorney General. The text of (C) could not be read here; the 60 days follow the table and published
 *   summaries of the Act, and the appeal window is recorded as the "reasonable period of time after the consumer's
 *   receipt of the decision" of the Acts modelled on it (Iowa Code §715D.3(3), ORS 646A.576(6)(a)).
 */
export const usVaVcdpa = usStateRegime({
  id: "us-va-vcdpa",
  name: "Virginia VCDPA",
  response: { source: "Va. Code §59.1-577(B)(1)", days: 45, extension: { source: "Va. Code §59.1-577(B)(1) (once)", days: 45 } },
  appeal: { source: "Va. Code §59.1-577(C)", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Va. Code §59.1-577(B)(3)" },
});
