import { usStateRegime } from "./us-state";

/**
 * Texas Data Privacy and Security Act, Tex. Bus. & Com. Code ch. 541.
 * §541.052(b) "A controller shall comply with a consumer's request … without undue delay, which may not be later than
 *   the 45th day after the date of receipt of the request. The controller may extend the response period once by an
 *   additional 45 days when reasonably necessary … provided that the controller informs the consumer of the extension,
 *   including the reason for the extension, within the initial 45-day response period."
 * §541.052(e) information "free of charge, up to twice annually per consumer".
 * §541.053 the appeal "within a reasonable period after the consumer's receipt of the decision"; "(c) A controller shall
 *   inform the consumer in writing of any action taken or not taken in response to an appeal … not later than the 60th
 *   day after the date of receipt of the appeal … (d) If the controller denies an appeal, the controller shall provide
 *   the consumer with the online mechanism … through which the consumer may contact the attorney general to submit a
 *   complaint."
 */
export const usTxTdpsa = usStateRegime({
  id: "us-tx-tdpsa",
  name: "Texas TDPSA",
  response: { source: "Tex. Bus. & Com. Code §541.052(b)", days: 45, extension: { source: "Tex. Bus. & Com. Code §541.052(b), once", days: 45 } },
  appeal: { source: "Tex. Bus. & Com. Code §541.053", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Tex. Bus. & Com. Code §541.052(e)" },
});
