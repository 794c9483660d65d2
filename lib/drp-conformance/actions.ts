/**
 * The rights actions the suite exercises by default: §3.01's table (`sale:opt_out`,
 * `sale:opt_in`) and the hyphenated spellings its own examples use (`sale:opt-out` in
 * §2.01), since agents send both.
 */
export const DRP_ACTIONS = ["deletion", "access", "access:categories", "access:specific", "sale:opt-out", "sale:opt_out", "sale:opt-in", "sale:opt_in"] as const;

/** The version the suite announces in `drp.version` unless told otherwise. */
export const DEFAULT_DRP_VERSION = "1.0";
