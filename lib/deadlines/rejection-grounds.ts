import type { RegimeId } from "./types";

/**
 * Why a request may be refused, per regime, with the provision that allows it.
 * Pure data: the words are the catalogue's (`rejectionGrounds` in
 * lib/i18n/messages/<lang>/rejection-grounds.ts), keyed by these ids.
 */
export const REJECTION_GROUND_IDS = [
  "identity-not-verified",
  "no-data-held",
  "outside-jurisdiction",
  "duplicate",
  "manifestly-unfounded-or-excessive",
  "unfounded-excessive-or-repetitive",
  "erasure-exception",
  "restricted-by-law",
  "repeated-request",
  "processing-without-consent-allowed",
  "outside-kvkk-scope",
  "kvkk-rights-excluded",
  "other",
] as const;
export type RejectionGroundId = (typeof REJECTION_GROUND_IDS)[number];

export interface RejectionGround {
  id: RejectionGroundId;
  /** The provision that allows the refusal; null for a ground every regime knows without a provision of its own. */
  article: string | null;
}

const common = (id: RejectionGroundId): RejectionGround => ({ id, article: null });
const FIRST = [common("identity-not-verified"), common("no-data-held"), common("outside-jurisdiction"), common("duplicate")];
const LAST = common("other");

const SPECIFIC: Record<RegimeId, RejectionGround[]> = {
  "eu-gdpr": [
    { id: "manifestly-unfounded-or-excessive", article: "GDPR art. 12(5)(b)" },
    { id: "erasure-exception", article: "GDPR art. 17(3)" },
    { id: "restricted-by-law", article: "GDPR art. 23" },
  ],
  "uk-gdpr": [
    { id: "manifestly-unfounded-or-excessive", article: "UK GDPR art. 12(5)(b)" },
    { id: "erasure-exception", article: "UK GDPR art. 17(3)" },
    { id: "restricted-by-law", article: "DPA 2018 Schedules 2–4" },
  ],
  "ru-152fz": [
    { id: "restricted-by-law", article: "152-FZ art. 14(8)" },
    { id: "repeated-request", article: "152-FZ art. 14(4)–(6)" },
    { id: "processing-without-consent-allowed", article: "152-FZ art. 21(5) with art. 6(1)(2)–(11)" },
  ],
  "tr-kvkk": [
    { id: "outside-kvkk-scope", article: "KVKK art. 28(1)" },
    { id: "kvkk-rights-excluded", article: "KVKK art. 28(2)" },
  ],
  "uz-zru547": [{ id: "restricted-by-law", article: "ZRU-547 art. 21" }],
  "br-lgpd": [],
  custom: [],
  "us-ca-ccpa": [
    { id: "manifestly-unfounded-or-excessive", article: "Cal. Civ. Code §1798.145(h)(3)" },
    { id: "erasure-exception", article: "Cal. Civ. Code §1798.105(d)" },
  ],
  "us-va-vcdpa": [
    { id: "unfounded-excessive-or-repetitive", article: "Va. Code §59.1-577(B)(3)" },
    { id: "restricted-by-law", article: "Va. Code §59.1-582" },
  ],
  "us-co-cpa": [],
  "us-ct-ctdpa": [],
  "us-tx-tdpsa": [{ id: "unfounded-excessive-or-repetitive", article: "Tex. Bus. & Com. Code §541.052(d)" }],
  "us-or-ocpa": [],
  "us-ut-ucpa": [{ id: "unfounded-excessive-or-repetitive", article: "Utah Code §13-61-203(4)(b)" }],
  "us-ne-ndpa": [{ id: "unfounded-excessive-or-repetitive", article: "Neb. Rev. Stat. §87-1108(4)" }],
  "us-ia-icdpa": [{ id: "unfounded-excessive-or-repetitive", article: "Iowa Code §715D.3(2)" }],
  "us-nj-njdpa": [{ id: "unfounded-excessive-or-repetitive", article: "N.J.S.A. 56:8-166.7(d)" }],
};

/** The grounds on which a request may be refused under `regime`: the four every regime knows, its own with their articles, then "other". */
export function rejectionGrounds(regime: RegimeId): RejectionGround[] {
  return [...FIRST, ...SPECIFIC[regime], LAST];
}
