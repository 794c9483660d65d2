import { usStateRegime } from "./us-state";

/**
 * Connecticut Data Privacy Act, Conn. Gen. Stat. §42-518.
 * (b)(1) "respond to the consumer without undue delay, but not later than forty-five days after receipt of the request.
 *   The controller may extend the response period by forty-five additional days when reasonably necessary … provided the
 *   controller informs the consumer of any such extension within the initial forty-five-day response period and of the
 *   reason for the extension."
 * (b)(3) information "free of charge, once for each consumer during any twelve-month period".
 * (d) the appeal "within a reasonable period of time after the consumer's receipt of the decision"; "Not later than
 *   sixty days after receipt of an appeal, a controller shall inform the consumer in writing of any action taken or not
 *   taken in response to the appeal … If the appeal is denied, the controller shall also provide the consumer with an
 *   online mechanism, if available, or other method through which the consumer may contact the Attorney General to
 *   submit a complaint."
 */
export const usCtCtdpa = usStateRegime({
  id: "us-ct-ctdpa",
  name: "Connecticut CTDPA",
  response: { source: "CGS §42-518(b)(1)", days: 45, extension: { source: "CGS §42-518(b)(1)", days: 45 } },
  appeal: { source: "CGS §42-518(d)", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 1, months: 12, source: "CGS §42-518(b)(3)" },
});
