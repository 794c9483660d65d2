import { usStateRegime } from "./us-state";

/**
 * Nebraska Data Privacy Act, as read:
 * Neb. Rev. Stat. §87-1108(2) "A controller shall respond to the consumer request without undue delay within
 *   forty-five days after the date of receipt of the request. The controller may extend the response period once by an
 *   additional forty-five days when reasonably necessary … so long as the controller informs the consumer of the
 *   extension within the initial forty-five-day response period, together with the reason for the extension."
 * §87-1108(4) "A controller shall provide information in response to a consumer request free of charge, up to twice
 *   annually per consumer."
 * §87-1109 the appeal, which §87-1108(3) refers a refusal to: decided within sixty days of its receipt, a denial giving
 *   the consumer a way to complain to the Attorney General. The text of §87-1109 could not be read here; the figures
 *   follow the table.
 */
export const usNeNdpa = usStateRegime({
  id: "us-ne-ndpa",
  name: "Nebraska NDPA",
  response: { source: "Neb. Rev. Stat. §87-1108(2)", days: 45, extension: { source: "Neb. Rev. Stat. §87-1108(2) (once)", days: 45 } },
  appeal: { source: "Neb. Rev. Stat. §87-1109", days: 60, window: "reasonable-period", attorneyGeneral: "if-denied" },
  freeRequests: { count: 2, months: 12, source: "Neb. Rev. Stat. §87-1108(4)" },
});
