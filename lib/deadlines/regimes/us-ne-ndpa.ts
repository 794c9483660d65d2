import { usStateRegime } from "./us-state";

/**
 * Nebraska Data Privacy Act, Neb. Rev. Stat. §87-1108 and §87-1109.
 * §87-1108(2) "A controller shall respond to the consumer request without undue delay within forty-five days after the
 *   date of receipt of the request. The controller may extend the response period once by an additional forty-five days
 *   when reasonably necessary … so long as the controller informs the consumer of the extension within the initial
 *   forty-five-day response period, together with the reason for the extension."
 * §87-1108(4) "A controller shall provide information in response to a consumer request free of charge, up to twice
 *   annually per consumer."
 * §87-1109 the appeal "within a reasonable period of time after the consumer's receipt of the decision"; the controller
 *   informs the consumer in writing "not later than sixty days after the date of receipt of an appeal", and if it denies
 *   the appeal gives "the online mechanism … through which the consumer may contact the Attorney General to submit a
 *   complaint".
 */
export const usNeNdpa = usStateRegime({
  id: "us-ne-ndpa",
  name: "Nebraska NDPA",
  response: { source: "Neb. Rev. Stat. §87-1108(2)", days: 45, extension: { source: "Neb. Rev. Stat. §87-1108(2), once", days: 45 } },
  appeal: { source: "Neb. Rev. Stat. §87-1109", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Neb. Rev. Stat. §87-1108(4)" },
});
