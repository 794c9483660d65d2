import type { PortalSeed } from ".";

/** Seller.mgoods.uz, the MGoods / MyCPA seller platform in Uzbekistan: its Privacy & Data Protection Policy of January 2025. */
export const mgoodsSeller: PortalSeed = {
  slug: "mgoods-seller",
  // §1 names the platform; §13 its parent company.
  name: "Seller.mgoods.uz (MGoods / MyCPA Group)",
  referencePrefix: "MGS",
  policyUrl: "https://seller.mgoods.uz/privacy.html",
  contactEmail: "support@mgoods.uz",
  languages: ["uz", "ru", "en"],
  defaultLanguage: "uz",
  // §7: access, correction, deletion, restriction, objection, portability; ZRU-547 art. 30 adds the withdrawal of consent.
  requestTypes: ["access", "correction", "deletion", "restriction", "objection", "portability", "consent-withdrawal"],
  // A .uz platform of the Uzbek MGoods group; §7 defers to "your jurisdiction".
  regime: "uz-zru547",
  // §7 names no deadline: the 30 days are the portal's configuration (DESIGN.md), not the operator's word
  // (ZRU-547 art. 11's three days still win for a correction).
  promises: {
    access: { days: 30, unit: "calendar", kind: "configured" },
    correction: { days: 30, unit: "calendar", kind: "configured" },
    deletion: { days: 30, unit: "calendar", kind: "configured" },
    restriction: { days: 30, unit: "calendar", kind: "configured" },
    objection: { days: 30, unit: "calendar", kind: "configured" },
    portability: { days: 30, unit: "calendar", kind: "configured" },
    "consent-withdrawal": { days: 30, unit: "calendar", kind: "configured" },
  },
  // As for every Uzbek portal, the clock starts once the requester has proved the email address (§7 takes requests by email).
  clockStart: "verification",
  timeZone: "Asia/Tashkent",
  holidayCountry: "UZ",
  // §2.1–§2.4.
  dataCategories: [
    "account: name, email address, phone number, encrypted password, role",
    "store and legal entity details, business address and contact numbers",
    "payment and billing information",
    "product catalogue, offers and orders",
    "delivery, return and refund data",
    "sales performance and financial reports",
    "warehouse and stock information",
    "IP addresses, device, browser and language",
    "login, activity, interaction and error logs",
  ],
  // §8; §7 makes deletion "subject to legal retention duties". The policy sets no periods.
  retentionBases: [
    {
      key: "financial-tax-legal",
      label: "Financial, tax and legal records",
      statute: "Privacy policy §8 (\"according to applicable laws\") and §7 (legal retention duties)",
      defaultPeriodDays: null,
    },
    {
      key: "security-logs",
      label: "Security and system logs",
      statute: "Privacy policy §8 (\"for a limited period to ensure stability and safety\")",
      defaultPeriodDays: null,
    },
  ],
};
