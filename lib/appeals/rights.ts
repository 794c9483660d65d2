import { appealRight, REQUEST_TYPES, type AppealRight, type RegimeId } from "../deadlines";

/** Where a requester can take a complaint about the operator, by law. */
export interface ComplaintRoute {
  kind: "supervisory-authority" | "attorney-general";
  /** The authority's own name, as it calls itself. */
  authority: string;
  url: string;
  phone?: string;
  source: string;
}

/**
 * The state Attorney General's complaint route, for the US laws whose appeal
 * decision must name it (the engine's `appealRight(regime).attorneyGeneral`).
 * Addresses are the offices' consumer-complaint pages; New Jersey's law is
 * enforced through its Division of Consumer Affairs.
 */
const ATTORNEYS_GENERAL: Partial<Record<RegimeId, ComplaintRoute>> = {
  "us-va-vcdpa": {
    kind: "attorney-general",
    authority: "the Office of the Attorney General of Virginia, Consumer Protection Section",
    url: "https://www.oag.state.va.us/consumer-protection/",
    phone: "1-800-552-9963",
    source: "Va. Code §59.1-577(C)",
  },
  "us-co-cpa": { kind: "attorney-general", authority: "the Colorado Attorney General", url: "https://coag.gov/file-complaint/", source: "C.R.S. §6-1-1306(3)" },
  "us-ct-ctdpa": { kind: "attorney-general", authority: "the Connecticut Attorney General", url: "https://www.dir.ct.gov/ag/complaint/", source: "CGS §42-518" },
  "us-tx-tdpsa": {
    kind: "attorney-general",
    authority: "the Texas Attorney General, Consumer Protection Division",
    url: "https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint",
    source: "Tex. Bus. & Com. Code §541.053",
  },
  "us-or-ocpa": { kind: "attorney-general", authority: "the Oregon Department of Justice", url: "https://justice.oregon.gov/consumercomplaints/", source: "ORS 646A.576(6)" },
  "us-ne-ndpa": { kind: "attorney-general", authority: "the Nebraska Attorney General", url: "https://protectthegoodlife.nebraska.gov/", source: "Neb. Rev. Stat. §87-1109" },
  "us-ia-icdpa": {
    kind: "attorney-general",
    authority: "the Iowa Attorney General, Consumer Protection Division",
    url: "https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint",
    source: "Iowa Code §715D.3(3)",
  },
  "us-nj-njdpa": {
    kind: "attorney-general",
    authority: "the New Jersey Division of Consumer Affairs",
    url: "https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx",
    source: "N.J.S.A. 56:8-166.4 et seq.",
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
  "br-lgpd": {
    kind: "supervisory-authority",
    authority: "Autoridade Nacional de Proteção de Dados (ANPD)",
    url: "https://www.gov.br/anpd/pt-br",
    source: "LGPD art. 18 §1",
  },
  "uz-zru547": {
    kind: "supervisory-authority",
    authority: "O‘zbekiston Respublikasi Adliya vazirligi huzuridagi Personallashtirish agentligi",
    url: "https://pd.gov.uz/page/vakolatli-organ-togrisida",
    source: "ZRU-547: the authorised state body in the field of personal data (as pd.gov.uz names it)",
  },
};

/** Whether the regime gives an appeal to the controller (the engine's data), and where a denied one can go. */
export function appealRoute(regime: RegimeId): { right: AppealRight; complaint: ComplaintRoute | undefined } | undefined {
  const right = appealRight(regime);
  return right ? { right, complaint: right.attorneyGeneral ? ATTORNEYS_GENERAL[regime] : undefined } : undefined;
}

/** The appeal decision's complaint route: the Attorney General where the law asks for it on this outcome. */
export function appealDecisionComplaint(regime: RegimeId, outcome: "granted" | "denied"): ComplaintRoute | undefined {
  const route = appealRoute(regime);
  const due = route?.right.attorneyGeneral === "always" || (route?.right.attorneyGeneral === "if-denied" && outcome === "denied");
  return due ? route!.complaint : undefined;
}

/**
 * What a decided request's status page and rejection email tell the requester
 * about taking it further: under a US law with an appeal, the Attorney General
 * (after the appeal); under GDPR-style laws, the supervisory authority.
 */
export function complaintRoute(regime: RegimeId): ComplaintRoute | undefined {
  return appealRoute(regime)?.complaint ?? SUPERVISORY[regime];
}

/** The types a request form may offer: an appeal is lodged from the decided request's status page, never as a fresh request. */
export const FORM_REQUEST_TYPES = REQUEST_TYPES.filter((type) => type !== "appeal");
