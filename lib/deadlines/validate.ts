import { parseIsoDate } from "./dates";
import { DeadlineInputError } from "./errors";
import { parseRegion, type Region } from "./holidays";
import { REGIME_IDS, REQUEST_TYPES, type DeadlineInput } from "./types";
import { isTimeZone } from "./zone";

const MAX_PROMISE_DAYS = 366;

/** Checks everything the engine is given and returns the holiday region; throws naming the bad field. */
export function validateInput(input: DeadlineInput): Region {
  if (!(REGIME_IDS as readonly string[]).includes(input.regime)) {
    throw new DeadlineInputError("regime", `unknown regime "${input.regime}"; expected one of ${REGIME_IDS.join(", ")}`);
  }
  if (!(REQUEST_TYPES as readonly string[]).includes(input.type)) {
    throw new DeadlineInputError("type", `unknown request type "${input.type}"; expected one of ${REQUEST_TYPES.join(", ")}`);
  }
  for (const field of ["receivedAt", "submittedAt", "identityVerifiedAt", "feePaidAt"] as const) {
    const at = input[field];
    if (at !== undefined && !(at instanceof Date && Number.isFinite(at.getTime()))) {
      throw new DeadlineInputError(field, `${field} is not a valid instant`);
    }
  }
  if (input.submittedAt && input.submittedAt > input.receivedAt) {
    throw new DeadlineInputError("submittedAt", "a request cannot be submitted after its clock started: submittedAt is later than receivedAt");
  }
  if (!isTimeZone(input.timeZone)) {
    throw new DeadlineInputError("timeZone", `unknown time zone "${input.timeZone}"; expected an IANA zone such as Europe/Berlin`);
  }
  const region = parseRegion(input.country);
  if (!region) {
    throw new DeadlineInputError("country", `unknown country "${input.country}"; expected an ISO 3166 code such as DE or DE-BY`);
  }
  for (const p of input.pauses ?? []) {
    if (!parseIsoDate(p.from) || !parseIsoDate(p.to)) {
      throw new DeadlineInputError("pauses", `pause "${p.from}/${p.to}" is not two YYYY-MM-DD dates`);
    }
    if (p.to < p.from) throw new DeadlineInputError("pauses", `pause "${p.from}/${p.to}" ends before it starts`);
  }
  for (const o of input.overrides ?? []) {
    if (!parseIsoDate(o.date)) throw new DeadlineInputError("overrides", `calendar override "${o.date}" is not a YYYY-MM-DD date`);
  }
  const promise = input.promise;
  if (promise) {
    // Blocking can be promised for the day it is asked (Deepen's policy §7.2.4: "from the moment of the request"); nothing else can be done in no time.
    const least = input.type === "restriction" ? 0 : 1;
    if (!Number.isInteger(promise.days) || promise.days < least || promise.days > MAX_PROMISE_DAYS) {
      const zero = least === 0 ? "" : " (only blocking can be promised for the day it is asked)";
      throw new DeadlineInputError("promise", `a promise must be a whole number of days from ${least} to ${MAX_PROMISE_DAYS}, not ${promise.days}${promise.days === 0 ? zero : ""}`);
    }
    if (promise.unit !== "calendar" && promise.unit !== "working") {
      throw new DeadlineInputError("promise", `a promise counts "calendar" or "working" days, not "${promise.unit}"`);
    }
    const ext = promise.extensionDays;
    if (ext !== undefined && (!Number.isInteger(ext) || ext < 0 || ext > MAX_PROMISE_DAYS)) {
      throw new DeadlineInputError("promise", `a promised extension must be a whole number of days from 0 to ${MAX_PROMISE_DAYS}, not ${ext}`);
    }
  }
  return region;
}
