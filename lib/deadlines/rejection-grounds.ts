import type { RegimeId } from "./types";

/**
 * Why a request may be declined, per regime, each ground with the provision
 * that allows it. "Manifestly unfounded or excessive" exists only where the law
 * has it (GDPR and UK GDPR art. 12(5), CCPA §1798.145(h)(3)); 152-FZ, KVKK and
 * ZRU-547 have no such ground. "other" is the law's general duty to give reasons.
 */
export const REJECTION_GROUND_IDS = [
  "identity_not_verified",
  "manifestly_unfounded",
  "no_data_held",
  "outside_jurisdiction",
  "duplicate",
  "third_party_rights",
  "exemption",
  "kept_by_law",
  "other",
] as const;
export type RejectionGroundId = (typeof REJECTION_GROUND_IDS)[number];

export interface RejectionGround {
  id: RejectionGroundId;
  /** The provision, in the engine's citation form: "KVKK art. 13(3)". */
  article: string;
}

const gdprLike = (law: string): RejectionGround[] => [
  { id: "identity_not_verified", article: `${law} art. 11(2) and 12(2)` },
  { id: "manifestly_unfounded", article: `${law} art. 12(5)(b)` },
  { id: "duplicate", article: `${law} art. 12(5)(b)` },
  { id: "no_data_held", article: `${law} art. 15(1)` },
  { id: "third_party_rights", article: `${law} art. 15(4)` },
  { id: "kept_by_law", article: `${law} art. 17(3)` },
  { id: "outside_jurisdiction", article: `${law} art. 2 and 3` },
  { id: "other", article: `${law} art. 12(4)` },
];

const GROUNDS: Record<RegimeId, RejectionGround[]> = {
  "eu-gdpr": gdprLike("GDPR"),
  "uk-gdpr": [...gdprLike("UK GDPR"), { id: "exemption", article: "DPA 2018 Sch. 2–4" }],
  "us-ca-ccpa": [
    { id: "identity_not_verified", article: "Cal. Civ. Code §1798.140(ak)" },
    { id: "manifestly_unfounded", article: "Cal. Civ. Code §1798.145(h)(3)" },
    { id: "no_data_held", article: "Cal. Civ. Code §1798.110" },
    { id: "kept_by_law", article: "Cal. Civ. Code §1798.105(d)" },
    { id: "other", article: "Cal. Civ. Code §1798.145" },
  ],
  // 152-FZ: every refusal is reasoned and names its ground (art. 20(2)); art. 14(8) lists when access may be restricted.
  "ru-152fz": [
    { id: "identity_not_verified", article: "152-FZ art. 14(3)" },
    { id: "duplicate", article: "152-FZ art. 14(6)" },
    { id: "exemption", article: "152-FZ art. 14(8)" },
    { id: "third_party_rights", article: "152-FZ art. 14(8)(4)" },
    { id: "kept_by_law", article: "152-FZ art. 21(5)" },
    { id: "no_data_held", article: "152-FZ art. 20(1)" },
    { id: "other", article: "152-FZ art. 20(2)" },
  ],
  // KVKK: an application is accepted or refused with its reasons (art. 13(3)); art. 28 takes processing out of art. 11's rights.
  "tr-kvkk": [
    { id: "identity_not_verified", article: "KVKK art. 13(1)" },
    { id: "duplicate", article: "KVKK art. 13(3)" },
    { id: "no_data_held", article: "KVKK art. 11(1)(a)" },
    { id: "exemption", article: "KVKK art. 28" },
    { id: "outside_jurisdiction", article: "KVKK art. 2" },
    { id: "other", article: "KVKK art. 13(3)" },
  ],
  "br-lgpd": [
    { id: "identity_not_verified", article: "LGPD art. 18 §3" },
    { id: "no_data_held", article: "LGPD art. 18 §4(I)" },
    { id: "kept_by_law", article: "LGPD art. 16" },
    { id: "other", article: "LGPD art. 18 §4(II)" },
  ],
  // ZRU-547: art. 3 sets the law's scope; a refusal of access is given in writing (art. 21).
  "uz-zru547": [
    { id: "identity_not_verified", article: "ZRU-547 art. 21" },
    { id: "duplicate", article: "ZRU-547 art. 21" },
    { id: "no_data_held", article: "ZRU-547 art. 21" },
    { id: "outside_jurisdiction", article: "ZRU-547 art. 3" },
    { id: "other", article: "ZRU-547 art. 21" },
  ],
  custom: [
    { id: "identity_not_verified", article: "the operator's policy" },
    { id: "no_data_held", article: "the operator's policy" },
    { id: "duplicate", article: "the operator's policy" },
    { id: "other", article: "the operator's policy" },
  ],
};

/** The grounds a request under `regime` may be declined on, each with its article. */
export function rejectionGrounds(regime: RegimeId): readonly RejectionGround[] {
  return GROUNDS[regime];
}

/** The ground `id` under `regime`, or undefined where the regime has no such ground. */
export function findRejectionGround(regime: RegimeId, id: unknown): RejectionGround | undefined {
  return GROUNDS[regime].find((g) => g.id === id);
}
