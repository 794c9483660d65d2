import type { OperatorPromise, Regime, RegimeId, RequestType, Rule } from "../types";
import { brLgpd } from "./br-lgpd";
import { euGdpr } from "./eu-gdpr";
import { ru152fz } from "./ru-152fz";
import { trKvkk } from "./tr-kvkk";
import { ukGdpr } from "./uk-gdpr";
import { usCaCcpa } from "./us-ca-ccpa";
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
};

/** A promise is kept as made: counted from receipt, paused while waiting for the requester, never rolled. */
export function promiseRule(promise: OperatorPromise): Rule {
  const unit = promise.unit === "working" ? "working-days" : "calendar-days";
  return {
    source: "the operator's promise",
    period: { count: promise.days, unit },
    extension: promise.extensionDays
      ? { period: { count: promise.extensionDays, unit }, source: "the operator's promise" }
      : undefined,
    rollToWorkingDay: false,
    pausable: true,
    clockStart: "receipt",
  };
}

/** Whether waiting for the requester stops this request's clock: the statute's rule, else the promise's (which always pauses). */
export function pausesClock(regime: RegimeId, type: RequestType, promise: OperatorPromise | undefined): boolean {
  const statute = REGIMES[regime].rules[type];
  return statute ? statute.pausable : promise !== undefined;
}
