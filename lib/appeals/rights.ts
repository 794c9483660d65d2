import { REQUEST_TYPES, type RegimeId } from "../deadlines";

/** Where a requester can take a complaint about the operator, by law. */
export interface ComplaintRoute {
  kind: "supervisory-authority" | "attorney-general";
  /** The authority's own name, as it calls itself. */
  authority: string;
  url: string;
  phone?: string;
  source: string;
}

/** A US state law's appeal: the requester asks the controller to review its decision. */
export interface AppealRight {
  /** The provision granting the appeal; its deadline is the engine's `appeal` rule. */
  source: string;
  /**
   * How long after the decision the requester may appeal. Virginia says only "a
   * reasonable period of time after the consumer's receipt of the decision", so
   * the portal's configured window applies.
   */
  window: string;
  /** Where a denied appeal can go; the decision must say so (Va. Code §59.1-577(C): "an online mechanism … through which the consumer may contact the Attorney General"). */
  complaint: ComplaintRoute;
}

const APPEALS: Partial<Record<RegimeId, AppealRight>> = {
  "us-va-vcdpa": {
    source: "Va. Code §59.1-577(C)",
    window: "a reasonable period of time after the consumer's receipt of the decision (Va. Code §59.1-577(C)): the portal's configured window",
    complaint: {
      kind: "attorney-general",
      authority: "the Office of the Attorney General of Virginia, Consumer Protection Section",
      url: "https://www.oag.state.va.us/consumer-protection/",
      phone: "1-800-552-9963",
      source: "Va. Code §59.1-577(C), §59.1-584",
    },
  },
};

/** GDPR-style laws: no appeal to the operator; the requester complains to the supervisory authority (or goes to court). */
const SUPERVISORY: Partial<Record<RegimeId, ComplaintRoute>> = {
  "eu-gdpr": {
    kind: "supervisory-authority",
    authority: "the supervisory authority of your EU member state (listed by the European Data Protection Board)",
    url: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
    source: "GDPR art. 77",
  },
  "uk-gdpr": {
    kind: "supervisory-authority",
    authority: "the Information Commissioner's Office (ICO)",
    url: "https://ico.org.uk/make-a-complaint/",
    source: "UK GDPR art. 77; Data Protection Act 2018 s. 165",
  },
  "tr-kvkk": {
    kind: "supervisory-authority",
    authority: "Kişisel Verileri Koruma Kurulu",
    url: "https://www.kvkk.gov.tr/",
    source: "KVKK art. 14",
  },
  "ru-152fz": {
    kind: "supervisory-authority",
    authority: "Роскомнадзор",
    url: "https://rkn.gov.ru/treatments/ask-question/",
    source: "152-FZ art. 17(1)",
  },
  "uz-zru547": {
    kind: "supervisory-authority",
    authority: "O‘zbekiston Respublikasi Adliya vazirligi huzuridagi Personallashtirish agentligi",
    url: "https://pd.gov.uz/page/vakolatli-organ-togrisida",
    source: "ZRU-547: the authorised state body in the field of personal data (as pd.gov.uz names it)",
  },
};

/** The appeal the regime gives against a decision, if any. */
export function appealRight(regime: RegimeId): AppealRight | undefined {
  return APPEALS[regime];
}

/**
 * What a decided request's status page and decision email tell the requester
 * about taking it further: the appeal route's complaint body for US laws, the
 * supervisory authority for GDPR-style laws; nothing where the law names none.
 */
export function complaintRoute(regime: RegimeId): ComplaintRoute | undefined {
  return APPEALS[regime]?.complaint ?? SUPERVISORY[regime];
}

/** The types a request form may offer: an appeal is lodged from the decided request's status page, never as a fresh request. */
export const FORM_REQUEST_TYPES = REQUEST_TYPES.filter((type) => type !== "appeal");
