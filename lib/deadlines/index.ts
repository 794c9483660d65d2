export { computeDeadline } from "./compute";
export { appealRight, freeRequestLimit, pausesClock } from "./regimes";
export { REJECTION_GROUND_IDS, rejectionGrounds, type RejectionGround, type RejectionGroundId } from "./rejection-grounds";
export { DeadlineInputError } from "./errors";
export { parseIsoDate, type IsoDate } from "./dates";
export { parseRegion } from "./holidays";
export { isTimeZone } from "./zone";
export type { DayOverride } from "./calendar";
export * from "./types";
