import type { AppealRight, FreeRequestLimit, OperatorPromise, Regime, RegimeId, RequestType, Rule } from "../types";
import { brLgpd } from "./br-lgpd";
import { euGdpr } from "./eu-gdpr";
import { ru152fz } from "./ru-152fz";
import { trKvkk } from "./tr-kvkk";
import { ukGdpr } from "./uk-gdpr";
import { usCaCcpa } from "./us-ca-ccpa";
import { usCoCpa } from "./us-co-cpa";
import { usCtCtdpa } from "./us-ct-ctdpa";
import { usIaIcdpa } from "./us-ia-icdpa";
import { usNeNdpa } from "./us-ne-ndpa";
import { usNjNjdpa } from "./us-nj-njdpa";
import { usOrOcpa } from "./us-or-ocpa";
import { usTxTdpsa } from "./us-tx-tdpsa";
import { usUtUcpa } from "./us-ut-ucpa";
import { usVaVcdpa } from "./us-va-vcdpa";
import { uzZru547 } from "./uz-zru547";

/** An operator's own promise only: every deadline comes from the portal's configuration. */
const custom: Regime = { id: "custom", name: "the operator's promise", rules: {}, noPause: "" };

export const REGIMES: Record<RegimeId, Regime> = {
  "eu-gdpr": euGdpr,
  "uk-gdpr": ukGdpr,
  "us-ca-ccpa": usCaCcpa,
  "ru-152fz": ru152fz,
  "tr-kvkk": trKvkk,
  "br-lgpd": brLgpd,
  "uz-zru547": uzZru547,
  custom,
  "us-va-vcdpa": usVaVcdpa,
  "us-co-cpa": usCoCpa,
  "us-ct-ctdpa": usCtCtdpa,
  "us-tx-tdpsa": usTxTdpsa,
  "us-or-ocpa": usOrOcpa,
  "us-ut-ucpa": usUtUcpa,
  "us-ne-ndpa": usNeNdpa,
  "us-ia-icdpa": usIaIcdpa,
  "us-nj-njdpa": usNjNjdpa,
};

/** How the explanation names a promise: the operator's own words, or a period the portal chose where the policy set none. */
function promiseSource(promise: OperatorPromise): string {
  return promise.kind === "configured" ? "the portal's configured period" : "the operator's promise";
}

/**
 * A promise is kept as made: counted from the portal's clock start, paused while
 * waiting for the requester, never rolled. A promise of 0 days (blocking "from
 * the moment of the request", Deepen's policy §7.2.4) is due the day the request
 * was submitted: a portal that starts its clock on verification must not move
 * that moment to the day the address is confirmed.
 */
export function promiseRule(promise: OperatorPromise): Rule {
  const unit = promise.unit === "working" ? "working-days" : "calendar-days";
  const source = promiseSource(promise);
  return {
    source,
    period: { count: promise.days, unit },
    extension: promise.extensionDays ? { period: { count: promise.extensionDays, unit }, source } : undefined,
    rollToWorkingDay: false,
    // Blocking from the moment of the request holds while the request is checked: waiting for the requester moves nothing.
    pausable: promise.days !== 0,
    clockStart: promise.days === 0 ? "submission" : "receipt",
  };
}

/** Whether waiting for the requester stops this request's clock: the statute's rule, else the promise's (which pauses, except a same-day blocking). */
export function pausesClock(regime: RegimeId, type: RequestType, promise: OperatorPromise | undefined): boolean {
  const statute = REGIMES[regime].rules[type];
  return statute ? statute.pausable : promise !== undefined && promise.days !== 0;
}

/** The appeal to the controller the regime grants (its window and the Attorney General notice), or null where it grants none. */
export function appealRight(regime: RegimeId): AppealRight | null {
  return REGIMES[regime].appeal ?? null;
}

/** How many requests a person may make free of charge, and over how many months, or null where the regime sets no such limit. */
export function freeRequestLimit(regime: RegimeId): FreeRequestLimit | null {
  return REGIMES[regime].freeRequests ?? null;
}
