import { usStateRegime } from "./us-state";

/**
 * Colorado Privacy Act, C.R.S. §6-1-1306.
 * (2)(a) a controller shall inform a consumer of any action taken on a request "without undue delay and, in any event,
 *   within forty-five days after receipt of the request. The controller may extend the forty-five-day period by
 *   forty-five additional days where reasonably necessary … The controller shall inform a consumer of any extension
 *   within forty-five days after receipt of the request, together with the reasons for the delay."
 * (3) the appeal "within a reasonable period of time after the consumer's receipt of the notice"; "Within forty-five
 *   days after receipt of an appeal, a controller shall inform the consumer of any action taken or not taken in response
 *   to the appeal … The controller may extend the period by sixty additional days where reasonably necessary"; "The
 *   controller shall inform the consumer of the consumer's ability to contact the attorney general if the consumer has
 *   concerns about the result of the appeal."
 */
export const usCoCpa = usStateRegime({
  id: "us-co-cpa",
  name: "Colorado CPA",
  response: { source: "C.R.S. §6-1-1306(2)", days: 45, extension: { source: "C.R.S. §6-1-1306(2)", days: 45 } },
  appeal: {
    source: "C.R.S. §6-1-1306(3)",
    days: 45,
    extension: { source: "C.R.S. §6-1-1306(3)", days: 60 },
    window: "reasonable-period",
    attorneyGeneral: "always",
  },
  freeRequests: { count: 1, months: 12, source: "C.R.S. §6-1-1306(1)" },
});
