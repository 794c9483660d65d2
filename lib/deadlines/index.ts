export { computeDeadline } from "./compute";
export { pausesClock } from "./regimes";
export { DeadlineInputError } from "./errors";
export { parseIsoDate, type IsoDate } from "./dates";
export { parseRegion } from "./holidays";
export { isTimeZone } from "./zone";
export type { DayOverride } from "./calendar";
export * from "./types";
