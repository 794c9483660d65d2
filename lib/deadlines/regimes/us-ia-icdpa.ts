import { usStateRegime } from "./us-state";

/**
 * Iowa Consumer Data Protection Act, Iowa Code §715D.3, as read:
 * (2) a response "without undue delay, and in all cases within ninety days of receipt", extendable by forty-five
 *   additional days when reasonably necessary, the consumer being told of the extension and its reason within the
 *   initial ninety days; information "free of charge, up to twice annually per consumer".
 * (3) "A controller shall establish a process for a consumer to appeal the controller's refusal to take action on a
 *   request within a reasonable period of time after the consumer's receipt of the decision … Within sixty days of
 *   receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in response
 *   to the appeal, including a written explanation of the reasons for the decision. If the appeal is denied, the
 *   controller shall also provide the consumer with an online mechanism through which the consumer may contact the
 *   attorney general to submit a complaint."
 * (1) grants access, deletion, a portable copy and opting out of sale; no correction.
 */
export const usIaIcdpa = usStateRegime({
  id: "us-ia-icdpa",
  name: "Iowa ICDPA",
  response: { source: "Iowa Code §715D.3(2)", days: 90, extension: { source: "Iowa Code §715D.3(2)", days: 45 } },
  rights: ["access", "deletion", "portability", "objection"],
  appeal: { source: "Iowa Code §715D.3(3)", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Iowa Code §715D.3(2)" },
});
