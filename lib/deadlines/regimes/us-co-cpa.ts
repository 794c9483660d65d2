import { usStateRegime } from "./us-state";

/**
 * Colorado Privacy Act, C.R.S. §6-1-1306, as read:
 * (2) a controller shall inform a consumer of any action taken on a request "without undue delay and, in any event,
 *   within forty-five days after receipt of the request. The controller may extend the forty-five-day period by
 *   forty-five additional days where reasonably necessary, taking into account the complexity and number of the
 *   requests."
 * (3) the appeal: decided within forty-five days of its receipt, extendable by sixty days where reasonably necessary,
 *   the consumer being told how to contact the attorney general whatever the result. The text of (3) could not be read
 *   here; the figures follow the table and published summaries of the Act.
 * No free-request limit is recorded: the one the Act sets could not be read here.
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
});
