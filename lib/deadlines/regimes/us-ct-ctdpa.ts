import { usStateRegime } from "./us-state";

/**
 * Connecticut Data Privacy Act, Conn. Gen. Stat. §42-518. Read here:
 * (c)(1) "A controller shall respond to the consumer without undue delay, but not later than forty-five days after
 * receipt of the request. The controller may extend the response period by forty-five additional days when reasonably
 * necessary … provided the controller informs the consumer of any such extension within the initial forty-five-day
 * response period and of the reason for the extension."
 * (c)(3) "Information provided in response to a consumer request shall be provided by a controller, free of charge,
 * once per consumer during any twelve-month period."
 * The appeal subsection (an appeal decided within sixty days of its receipt, a denial naming the Attorney General)
 * could not be read here: it follows the table and published summaries of the Act.
 */
export const usCtCtdpa = usStateRegime({
  id: "us-ct-ctdpa",
  name: "Connecticut CTDPA",
  response: { source: "CGS §42-518(c)(1)", days: 45, extension: { source: "CGS §42-518(c)(1)", days: 45 } },
  appeal: { source: "CGS §42-518", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 1, months: 12, source: "CGS §42-518(c)(3)" },
});
