import { usStateRegime } from "./us-state";

/**
 * Virginia Consumer Data Protection Act, Va. Code §59.1-577.
 * (B)(1) "A controller shall respond to the consumer without undue delay, but in all cases within 45 days of receipt of
 *   the request … The response period may be extended once by 45 additional days when reasonably necessary … so long
 *   as the controller informs the consumer of any such extension within the initial 45-day response period".
 * (B)(3) "Information provided in response to a consumer request shall be provided by a controller free of charge, up
 *   to twice annually per consumer."
 * (C) the appeal "within a reasonable period of time after the consumer's receipt of the decision"; "Within 60 days of
 *   receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in response
 *   to the appeal … If the appeal is denied, the controller shall also provide the consumer with an online mechanism, if
 *   available, or other method through which the consumer may contact the Attorney General to submit a complaint."
 */
export const usVaVcdpa = usStateRegime({
  id: "us-va-vcdpa",
  name: "Virginia VCDPA",
  response: { source: "Va. Code §59.1-577(B)(1)", days: 45, extension: { source: "Va. Code §59.1-577(B)(1), once", days: 45 } },
  appeal: { source: "Va. Code §59.1-577(C)", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Va. Code §59.1-577(B)(3)" },
});
