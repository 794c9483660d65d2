import { usStateRegime } from "./us-state";

/**
 * Iowa Consumer Data Protection Act, Iowa Code §715D.3.
 * (2)(a) "A controller shall comply with a request … without undue delay, but in all cases within ninety days of receipt
 *   of the request … The response period may be extended once by forty-five additional days when reasonably necessary
 *   … so long as the controller informs the consumer of any such extension within the initial ninety-day response
 *   period, together with the reason for the extension."
 * (2)(c) information "free of charge, up to twice annually per consumer".
 * (3) the appeal "within a reasonable period of time after the consumer's receipt of the decision"; "Within sixty days
 *   of receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in
 *   response to the appeal … If the appeal is denied, the controller shall also provide the consumer with an online
 *   mechanism, if available, or other method through which the consumer may contact the attorney general to submit a
 *   complaint."
 * (1) grants access, deletion, a portable copy and opting out of sale, but no correction.
 */
export const usIaIcdpa = usStateRegime({
  id: "us-ia-icdpa",
  name: "Iowa ICDPA",
  response: { source: "Iowa Code §715D.3(2)(a)", days: 90, extension: { source: "Iowa Code §715D.3(2)(a), once", days: 45 } },
  rights: ["access", "deletion", "portability", "objection"],
  appeal: { source: "Iowa Code §715D.3(3)", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Iowa Code §715D.3(2)(c)" },
});
