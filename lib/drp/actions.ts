import type { Portal } from "../../db/schema";
import type { RequestType } from "../deadlines";
import { REGIMES } from "../deadlines/regimes";

/** The rights actions of DRP §3.01, with the hyphenated opt-out spelling agents also send. */
export const DRP_ACTIONS = ["deletion", "access", "access:categories", "access:specific", "sale:opt_out", "sale:opt-out", "sale:opt_in", "sale:opt-in"] as const;

/** DRP §2.01: `ccpa`, or a voluntary request (`voluntary`, or no regime at all). */
export const DRP_REGIMES = ["ccpa", "voluntary"] as const;

/**
 * The request types an opt-out of sale or sharing can be, in order of
 * preference: under the CCPA each has the opt-out rule (11 CCR §7026(f),
 * lib/deadlines/regimes/us-ca-ccpa.ts), and the annual report counts them as opt-outs.
 */
const OPT_OUT_TYPES: RequestType[] = ["objection", "stop-processing", "consent-withdrawal"];

export type ActionMapping = { ok: true; type: RequestType } | { ok: false; message: string };

/**
 * Whether the portal's law grants the opt-out of sale or sharing as a right of its own, which
 * a business must take from an authorized agent even where its form lists no opt-out: the US
 * laws (CCPA §1798.120 and §1798.135(e), and the state laws' opt-outs of sale, targeted
 * advertising and profiling). Elsewhere an opt-out is no right the law names, and the portal's
 * offered types decide: ZRU-547's objection (art. 23) is to an automated decision, not to a sale.
 */
const grantsSaleOptOut = (regime: Portal["regime"]) => regime.startsWith("us-");

/**
 * The request type a DRP action becomes at this portal. The three access
 * actions are one request to know (§3.01 leaves the categories/specific split
 * to be declared later; staff see which was asked). An opt-out becomes the
 * portal's opt-out type, or, where it offers none and its law grants the
 * opt-out itself (a US law), the first its law has a deadline for. An opt-in is no request any regime here times or answers: it
 * is refused as unsupported (§3.06), as is anything the portal's law cannot
 * give a deadline.
 */
export function requestTypeFor(action: string, portal: Pick<Portal, "requestTypes" | "regime">): ActionMapping {
  const pick = (candidates: RequestType[], { byLaw = false } = {}): ActionMapping => {
    const type = candidates.find((t) => portal.requestTypes.includes(t)) ?? (byLaw ? candidates.find((t) => REGIMES[portal.regime].rules[t]) : undefined);
    return type ? { ok: true, type } : { ok: false, message: `This business takes no ${action} requests.` };
  };
  switch (action) {
    case "deletion":
      return pick(["deletion"]);
    case "access":
    case "access:categories":
    case "access:specific":
      return pick(["access"]);
    case "sale:opt_out":
    case "sale:opt-out":
      return pick(OPT_OUT_TYPES, { byLaw: grantsSaleOptOut(portal.regime) });
    case "sale:opt_in":
    case "sale:opt-in":
      return { ok: false, message: `Unsupported rights action: ${action} (an opt-in is a consent the business records, not a request it answers).` };
    default:
      return { ok: false, message: `Unsupported rights action: ${JSON.stringify(action)}. Supported: ${DRP_ACTIONS.filter((a) => !a.includes("opt_in") && !a.includes("opt-in")).join(", ")}.` };
  }
}
