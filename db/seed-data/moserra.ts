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
  // §2, plus the invoicing and accounting records of §3, in English for staff and in Turkish for requesters.
  dataCategories: [
    { name: "name, position, company and tax identification number", translations: { tr: "ad, unvan, şirket ve vergi kimlik numarası" }, keptUnder: ["invoicing-accounting"] },
    { name: "email address, phone number and business address", translations: { tr: "e-posta adresi, telefon numarası ve iş adresi" }, keptUnder: ["project-data", "invoicing-accounting"] },
    { name: "IP addresses, browser, OS, access times and usage statistics", translations: { tr: "IP adresleri, tarayıcı, işletim sistemi, erişim zamanları ve kullanım istatistikleri" }, keptUnder: [] },
    {
      name: "project data: temporary API keys, database schemas, requirements and documentation",
      translations: { tr: "proje verileri: geçici API anahtarları, veritabanı şemaları, gereksinimler ve dokümantasyon" },
      keptUnder: ["project-data"],
    },
    { name: "invoicing and accounting records", translations: { tr: "fatura ve muhasebe kayıtları" }, keptUnder: ["invoicing-accounting"] },
  ],
  retentionBases: [
    {
      key: "project-data",
      label: "Project data until the project ends",
      statute: "Privacy policy §4 (destroyed on project completion or at the end of the contractually agreed retention period)",
      translations: {
        tr: {
          label: "Proje sona erene kadar proje verileri",
          statute: "Gizlilik politikası §4 (projenin tamamlanmasıyla veya sözleşmede kararlaştırılan saklama süresinin sonunda imha edilir)",
        },
      },
      defaultPeriodDays: null,
    },
    {
      key: "invoicing-accounting",
      label: "Invoicing and accounting records",
      statute: "Privacy policy §3 (legal obligations, invoicing and accounting); Turkish Commercial Code No. 6102 art. 82 (commercial records kept 10 years)",
      translations: {
        tr: {
          label: "Fatura ve muhasebe kayıtları",
          statute: "Gizlilik politikası §3 (yasal yükümlülükler, faturalandırma ve muhasebe); 6102 sayılı Türk Ticaret Kanunu md. 82 (ticari defter ve belgeler 10 yıl saklanır)",
        },
      },
      // The policy states no period, and the Code's ten years run from the end of each record's year, not from the deletion.
      defaultPeriodDays: null,
    },
  ],
};
