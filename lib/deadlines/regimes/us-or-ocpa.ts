import { usStateRegime } from "./us-state";

/**
 * Oregon Consumer Privacy Act, ORS 646A.576, as read:
 * (5)(a) "Respond to a request from a consumer without undue delay and not later than 45 days after receiving the
 *   request. The controller may extend the period within which the controller responds by an additional 45 days if the
 *   extension is reasonably necessary … A controller that intends to extend the period for responding shall notify the
 *   consumer within the initial 45-day response period and explain the reason for the extension."
 * (6) the appeal process must "(a) Allow a reasonable period of time after the consumer receives the controller's
 *   refusal within which to appeal; … (d) Require the controller to approve or deny the appeal within 45 days after the
 *   date on which the controller received the appeal and to notify the consumer in writing of the controller's decision
 *   and the reasons for the decision. If the controller denies the appeal, the notice must provide or specify
 *   information that enables the consumer to contact the Attorney General to submit a complaint."
 * The Oregon Department of Justice's FAQ: information is free "for the first request within a twelve-month period".
 */
export const usOrOcpa = usStateRegime({
  id: "us-or-ocpa",
  name: "Oregon OCPA",
  response: { source: "ORS 646A.576(5)(a)", days: 45, extension: { source: "ORS 646A.576(5)(a)", days: 45 } },
  appeal: { source: "ORS 646A.576(6)(d)", days: 45, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 1, months: 12, source: "ORS 646A.576" },
});
