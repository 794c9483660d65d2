import { usStateRegime } from "./us-state";

/**
 * Connecticut Data Privacy Act, Conn. Gen. Stat. §42-518: a response within forty-five days of receipt, extendable by
 * forty-five days with notice and reasons inside the first period; an appeal decided within sixty days of its receipt,
 * a denial giving the consumer a way to complain to the Attorney General. The section's text could not be read here;
 * the figures follow the table and published summaries of the Act, so no subsection and no free-request
 * limit is recorded.
 */
export const usCtCtdpa = usStateRegime({
  id: "us-ct-ctdpa",
  name: "Connecticut CTDPA",
  response: { source: "CGS §42-518", days: 45, extension: { source: "CGS §42-518", days: 45 } },
  appeal: { source: "CGS §42-518", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
});
