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
  "notify-recipients",
  "appeal",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REGIME_IDS = [
  "eu-gdpr",
  "uk-gdpr",
  "us-ca-ccpa",
  "ru-152fz",
  "tr-kvkk",
  "br-lgpd",
  "uz-zru547",
  "custom",
  "us-va-vcdpa",
  "us-co-cpa",
  "us-ct-ctdpa",
  "us-tx-tdpsa",
  "us-or-ocpa",
  "us-ut-ucpa",
  "us-ne-ndpa",
  "us-ia-icdpa",
  "us-nj-njdpa",
] as const;
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
  /**
   * "receipt": when the portal counts the request as received (on submission, or on
   * verification where the portal waits for proof); "submission": the statute itself
   * runs from submission, whatever the portal's setting (ZRU-547 art. 11); or UK
   * GDPR's latest of receipt, identity evidence and fee.
   */
  clockStart: "receipt" | "submission" | "latest-of-receipt-identity-fee";
  /** A separate deadline to confirm receipt (CCPA). */
  acknowledge?: { period: Period; source: string };
  /** Anything a reader of the explanation should know about how the rule was chosen. */
  note?: string;
  /** Why the clock may stop while waiting for the requester, where `pausable`: the law and its condition. */
  pauseRule?: string;
}

/** A refusal the law wants in writing sooner than the answer itself (ZRU-547 art. 21). */
export interface RefusalRule {
  source: string;
  period: Period;
}

/** How a requester may appeal a decision to the controller itself (US state laws). */
export interface AppealRight {
  /** The provision that grants the appeal and times the controller's decision. */
  source: string;
  /** How long the requester has to appeal after receiving the decision: a number of days, or the law's "reasonable period". */
  window: { days: number } | "reasonable-period";
  /** Whether the appeal decision must tell the requester how to contact the state Attorney General: always, or only when the appeal is denied. */
  attorneyGeneral: "always" | "if-denied" | null;
}

/** How many requests a person may make free of charge in a period. */
export interface FreeRequestLimit {
  count: number;
  months: number;
  source: string;
}

export interface Regime {
  id: RegimeId;
  name: string;
  /** The rule for a request type; undefined where the statute sets no deadline and the portal's promise must. */
  rules: Partial<Record<RequestType, Rule>>;
  /** Why waiting for the requester does not stop this regime's clock; unused where every rule is pausable. */
  noPause: string;
  /** Refusals with a period of their own, per request type. */
  refusals?: Partial<Record<RequestType, RefusalRule>>;
  /** The appeal to the controller the law grants; absent where it grants none. */
  appeal?: AppealRight;
  freeRequests?: FreeRequestLimit;
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
  /** When the requester submitted it, where the portal's clock starts later (on verification): a statute that runs from submission counts from here. */
  submittedAt?: Date;
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
  /** The day by which a refusal must be sent in writing, where the law sets it its own period (ZRU-547 art. 21); else null. */
  refusalBy: IsoDate | null;
  /** A working-day calendar without official data was used: the date may move when a decree is published. */
  provisional: boolean;
  steps: string[];
}
