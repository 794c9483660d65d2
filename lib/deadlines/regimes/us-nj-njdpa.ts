import { usStateRegime } from "./us-state";

/**
 * New Jersey Data Privacy Act, P.L. 2023, c. 266, as read:
 * N.J.S.A. 56:8-166.7(a) "A controller that receives a verified request from a consumer shall provide a response to the
 *   consumer within 45 days of the controller's receipt of the request. The controller may extend the response period
 *   by 45 additional days where reasonably necessary, considering the complexity and number of the consumer's requests,
 *   provided that the controller informs the consumer of any such extension within the initial 45-day response period
 *   and the reason for the extension".
 * 56:8-166.7(c) a refusal gives "instructions for how to appeal the decision".
 * 56:8-166.7(d) "Information provided in response to a consumer request shall be provided by a controller, free of
 *   charge, once per consumer during any twelve-month period."
 * The appeal: decided within 45 days of its receipt, a denial pointing to the Division of Consumer Affairs under the
 *   Attorney General. The appeal provision's text could not be read here; the figure follows the table, and the
 *   Act is cited as a whole for it.
 */
export const usNjNjdpa = usStateRegime({
  id: "us-nj-njdpa",
  name: "New Jersey NJDPA",
  response: { source: "N.J.S.A. 56:8-166.7(a)", days: 45, extension: { source: "N.J.S.A. 56:8-166.7(a)", days: 45 } },
  appeal: { source: "N.J.S.A. 56:8-166.4 et seq. (appeal)", days: 45, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 1, months: 12, source: "N.J.S.A. 56:8-166.7(d)" },
});
