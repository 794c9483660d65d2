import type { RejectionGroundId } from "../../../deadlines/rejection-grounds";

/** Why a request was refused, one label per ground of lib/deadlines/rejection-grounds.ts; the article is cited beside it. */
export const rejectionGrounds = {
  "identity-not-verified": "The requester's identity could not be verified",
  "no-data-held": "No personal data about the requester is held",
  "outside-jurisdiction": "The request falls outside the law this portal applies",
  duplicate: "The same request is already being handled",
  "manifestly-unfounded-or-excessive": "The request is manifestly unfounded or excessive",
  "unfounded-excessive-or-repetitive": "The request is manifestly unfounded, excessive or repetitive",
  "erasure-exception": "The law requires or permits keeping the data",
  "restricted-by-law": "The right is restricted by law",
  "repeated-request": "A repeated request made before the period the law sets",
  "processing-without-consent-allowed": "The law allows the processing without consent",
  "outside-kvkk-scope": "The processing is outside the scope of the KVKK",
  "kvkk-rights-excluded": "The KVKK excludes these rights for this processing",
  other: "Another reason, given below",
} satisfies Record<RejectionGroundId, string>;
