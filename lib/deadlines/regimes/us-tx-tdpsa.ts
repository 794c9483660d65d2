import { usStateRegime } from "./us-state";

/**
 * Texas Data Privacy and Security Act, Tex. Bus. & Com. Code ch. 541, as read:
 * §541.052(b) "A controller shall respond to the consumer request without undue delay, which may not be later than the
 *   45th day after the date of receipt of the request. The controller may extend the response period once by an
 *   additional 45 days when reasonably necessary … so long as the controller informs the consumer of the extension
 *   within the initial 45-day response period, together with the reason for the extension."
 * §541.052(c) a refusal gives "instructions on how to appeal the decision in accordance with Section 541.053".
 * §541.052(d) "A controller shall provide information in response to a consumer request free of charge, at least twice
 *   annually per consumer."
 * §541.152(2) the attorney general keeps "an online mechanism through which a consumer may submit a complaint".
 * §541.053 the appeal: decided within 60 days of its receipt, a denial pointing to that mechanism. The text of §541.053
 *   could not be read here; the 60 days follow the table and published summaries of the Act.
 */
export const usTxTdpsa = usStateRegime({
  id: "us-tx-tdpsa",
  name: "Texas TDPSA",
  response: { source: "Tex. Bus. & Com. Code §541.052(b)", days: 45, extension: { source: "Tex. Bus. & Com. Code §541.052(b) (once)", days: 45 } },
  appeal: { source: "Tex. Bus. & Com. Code §541.053", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Tex. Bus. & Com. Code §541.052(d)" },
});
