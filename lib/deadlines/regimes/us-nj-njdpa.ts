import { usStateRegime } from "./us-state";

/**
 * New Jersey Data Privacy Act, N.J.S.A. 56:8-166.7 and 56:8-166.8.
 * 56:8-166.7(a) "A controller that receives a verified request from a consumer shall provide a response to the consumer
 *   within 45 days of the controller's receipt of the request. The controller may extend the response period by 45
 *   additional days where reasonably necessary … provided that the controller informs the consumer of any such
 *   extension within the initial 45-day response period and the reason for the extension".
 * 56:8-166.7(d) "Information provided in response to a consumer request shall be provided by a controller, free of
 *   charge, once per consumer during any twelve-month period."
 * The appeal: decided within 45 days of its receipt; a denial tells the consumer how to complain to the Division of
 *   Consumer Affairs in the Department of Law and Public Safety, under the Attorney General.
 */
export const usNjNjdpa = usStateRegime({
  id: "us-nj-njdpa",
  name: "New Jersey NJDPA",
  response: { source: "N.J.S.A. 56:8-166.7(a)", days: 45, extension: { source: "N.J.S.A. 56:8-166.7(a)", days: 45 } },
  appeal: { source: "N.J.S.A. 56:8-166.8", days: 45, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 1, months: 12, source: "N.J.S.A. 56:8-166.7(d)" },
});
