import { usStateRegime } from "./us-state";

/**
 * Utah Consumer Privacy Act, Utah Code §13-61-203.
 * (2)(a) "Within 45 days after the day on which a controller receives a request to exercise a right, the controller
 *   shall: (i) take action on the consumer's request; and (ii) inform the consumer of any action taken".
 * (2)(b) "The controller may extend once the initial 45-day period by an additional 45 days if reasonably necessary due
 *   to the complexity of the request or the volume of the requests received by the controller."
 * (4)(a) "A controller may not charge a fee for information in response to a request, unless the request is the
 *   consumer's second or subsequent request during the same 12-month period."
 * §13-61-201 grants access, deletion, portability and opting out, but no correction; the Act grants no appeal.
 */
export const usUtUcpa = usStateRegime({
  id: "us-ut-ucpa",
  name: "Utah UCPA",
  response: { source: "Utah Code §13-61-203(2)", days: 45, extension: { source: "Utah Code §13-61-203(2)(b) (once)", days: 45 } },
  rights: ["access", "deletion", "portability", "objection"],
  freeRequests: { count: 1, months: 12, source: "Utah Code §13-61-203(4)(a)" },
});
