import type { DayOverride } from "./calendar";
import type { IsoDate } from "./dates";

export const REQUEST_TYPES = [
  "access",
  "deletion",
  "correction",
  "restriction",
  "objection",
  "portability",
  "consent-withdrawal",
  "stop-processing",
  "appeal",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REGIME_IDS = ["eu-gdpr", "uk-gdpr", "us-ca-ccpa", "ru-152fz", "tr-kvkk", "br-lgpd", "uz-zru547", "custom", "us-va-vcdpa"] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export type Unit = "months" | "calendar-days" | "working-days" | "business-days";

export interface Period {
  count: number;
  unit: Unit;
}

/** How one law (or one promise) times one kind of request. */
export interface Rule {
  /** The provision, cited in every explanation: "GDPR art. 12(3)". */
  source: string;
  period: Period;
  /** Further time on top of `period`, counted from the same start; the requester must be told before the base deadline passes. */
  extension?: { period: Period; source: string };
  /** A last day that is not a working day moves to the next working day. */
  rollToWorkingDay: boolean;
  /** Days spent waiting for the requester stop the clock. */
  pausable: boolean;
  /** "receipt", or UK GDPR's latest of receipt, identity evidence and fee. */
  clockStart: "receipt" | "latest-of-receipt-identity-fee";
  /** A separate deadline to confirm receipt (CCPA). */
  acknowledge?: { period: Period; source: string };
  /** Anything a reader of the explanation should know about how the rule was chosen. */
  note?: string;
}

export interface Regime {
  id: RegimeId;
  name: string;
  /** The rule for a request type; undefined where the statute sets no deadline and the portal's promise must. */
  rules: Partial<Record<RequestType, Rule>>;
  /** Why waiting for the requester does not stop this regime's clock; unused where every rule is pausable. */
  noPause: string;
}

/** An operator's own deadline (Deepen's "within 14 days"), per request type. */
export interface OperatorPromise {
  days: number;
  unit: "calendar" | "working";
  /** Further days, same unit, that the operator allows itself with notice. */
  extensionDays?: number;
}

/** A stretch of days spent waiting for the requester, both ends inclusive, as local dates. */
export interface Pause {
  from: IsoDate;
  to: IsoDate;
}

export interface DeadlineInput {
  regime: RegimeId;
  type: RequestType;
  /** When the request was received: the clock start for every regime but UK GDPR's later events. */
  receivedAt: Date;
  /** UK GDPR: when identity evidence the controller asked for arrived. */
  identityVerifiedAt?: Date;
  /** UK GDPR: when a fee the controller was entitled to charge arrived. */
  feePaidAt?: Date;
  timeZone: string;
  /** ISO 3166-1 alpha-2, optionally with a subdivision: "DE", "DE-BY". */
  country: string;
  pauses?: readonly Pause[];
  extended?: boolean;
  promise?: OperatorPromise;
  overrides?: readonly DayOverride[];
}

export interface DeadlineResult {
  /** The last millisecond of the due day in the portal's zone. */
  dueAt: Date;
  dueDate: IsoDate;
  /** The day by which the requester must be told of an extension; null where none is possible. */
  extensionNoticeBy: IsoDate | null;
  /** The day by which receipt must be confirmed (CCPA); null where the regime sets none. */
  acknowledgeBy: IsoDate | null;
  /** A working-day calendar without official data was used: the date may move when a decree is published. */
  provisional: boolean;
  steps: string[];
}
