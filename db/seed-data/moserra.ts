import type { PortalSeed } from ".";

/** MOSERRA, a software agency in Istanbul: its Privacy Policy (moserra.com). */
export const moserra: PortalSeed = {
  slug: "moserra",
  name: "MOSERRA",
  referencePrefix: "MOS",
  policyUrl: "https://moserra.com/page/privacy-policy",
  // The policy's own address is lost to email obfuscation (§2 "[email protected]", §7 "submit such requests to ."):
  // a placeholder on its domain, which settings flag until the portal's admin confirms it.
  contactEmail: "info@moserra.com",
  contactEmailConfirmed: false,
  languages: ["tr", "en"],
  defaultLanguage: "tr",
  // §7 names deletion, correction, restriction and objection; access is KVKK art. 11's, listed by DESIGN.md;
  // KVKK art. 11(1)(f) adds telling the third parties who received the data of a correction or deletion.
  requestTypes: ["deletion", "correction", "restriction", "objection", "access", "notify-recipients"],
  // §7 and the Istanbul courts clause: a Turkish controller under KVKK (Law No. 6698), whose art. 13(2) times every request.
  regime: "tr-kvkk",
  promises: {},
  // KVKK art. 13(2) counts thirty days from the application's arrival.
  clockStart: "receipt",
  timeZone: "Europe/Istanbul",
  holidayCountry: "TR",
  // §2, plus the invoicing and accounting records of §3.
  dataCategories: [
    "name, position, company and tax identification number",
    "email address, phone number and business address",
    "IP addresses, browser, OS, access times and usage statistics",
    "project data: temporary API keys, database schemas, requirements and documentation",
    "invoicing and accounting records",
  ],
  retentionBases: [
    {
      key: "project-data",
      label: "Project data until the project ends",
      statute: "Privacy policy §4 (destroyed on project completion or at the end of the contractually agreed retention period)",
      defaultPeriodDays: null,
    },
    {
      key: "invoicing-accounting",
      label: "Invoicing and accounting records",
      statute: "Privacy policy §3 (legal obligations, invoicing and accounting); Turkish Commercial Code No. 6102 art. 82 (commercial records kept 10 years)",
      // The policy states no period, and the Code's ten years run from the end of each record's year, not from the deletion.
      defaultPeriodDays: null,
    },
  ],
};
