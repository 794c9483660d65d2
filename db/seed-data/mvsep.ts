import type { PortalSeed } from ".";

/** MVSEP, an audio-processing service run from Tashkent: its Privacy Policy of 19 May 2026. */
export const mvsep: PortalSeed = {
  slug: "mvsep",
  // "Contact Information": the service and the sole proprietor who operates it.
  name: "MVSEP — Sole Proprietor (YTT) \"Elmurodov Olimjon Ermat o'g'li\"",
  referencePrefix: "MVS",
  policyUrl: "https://mvsep.com/privacy-policy",
  contactEmail: "turbo@mvsep.com",
  languages: ["en"],
  defaultLanguage: "en",
  // "Account Deletion" offers the delete form; access is the subject's statutory right, listed by DESIGN.md.
  // ZRU-547 adds correction (art. 11: changes within three days; art. 30) and the withdrawal of consent (art. 30).
  requestTypes: ["deletion", "access", "correction", "consent-withdrawal"],
  // "Jurisdiction": operated from Uzbekistan.
  regime: "uz-zru547",
  // "Account Deletion" promises only "a reasonable period": the 30 days are the portal's configuration (DESIGN.md),
  // not the operator's word. A correction needs none: ZRU-547 art. 11's three days time it.
  promises: {
    deletion: { days: 30, unit: "calendar", kind: "configured" },
    access: { days: 30, unit: "calendar", kind: "configured" },
    "consent-withdrawal": { days: 30, unit: "calendar", kind: "configured" },
  },
  // "Account Deletion" acts "upon verified deletion request".
  clockStart: "verification",
  timeZone: "Asia/Tashkent",
  holidayCountry: "UZ",
  // "Types of Data Collected", "Uploaded Content", and the billing records named under "Retention of Data".
  // Each category may be kept only under the grounds the policy names for it; English is the portal's only language.
  dataCategories: [
    { name: "account and email address", translations: {}, keptUnder: ["legal-compliance", "dispute-resolution", "fraud-prevention", "abuse-prevention"] },
    // "Retention of Data": job data and uploads are kept to resolve disputes, prevent abuse or comply with legal obligations.
    { name: "processing jobs and uploaded audio or media files", translations: {}, keptUnder: ["legal-compliance", "dispute-resolution", "abuse-prevention"] },
    // "Account Deletion": "Associated push notification tokens will be removed", with no exception.
    { name: "push notification tokens", translations: {}, keptUnder: [] },
    { name: "device model, OS and app version, language settings", translations: {}, keptUnder: ["fraud-prevention", "abuse-prevention", "security-logs"] },
    { name: "IP addresses, access times and usage metrics", translations: {}, keptUnder: ["fraud-prevention", "abuse-prevention", "security-logs"] },
    // "Diagnostic Data": "retained for operational, security, legal, and infrastructure maintenance purposes".
    { name: "diagnostic data and security logs", translations: {}, keptUnder: ["legal-compliance", "fraud-prevention", "abuse-prevention", "security-logs"] },
    { name: "billing records", translations: {}, keptUnder: ["legal-compliance", "dispute-resolution", "billing-records"] },
  ],
  // "Account Deletion": data that "may be retained where necessary for …"; the policy sets no periods.
  retentionBases: [
    { key: "legal-compliance", label: "Legal compliance", statute: "Privacy policy, “Account Deletion” (legal compliance)", defaultPeriodDays: null },
    { key: "dispute-resolution", label: "Dispute resolution", statute: "Privacy policy, “Account Deletion” (dispute resolution)", defaultPeriodDays: null },
    { key: "fraud-prevention", label: "Fraud prevention", statute: "Privacy policy, “Account Deletion” (fraud prevention)", defaultPeriodDays: null },
    { key: "abuse-prevention", label: "Abuse prevention", statute: "Privacy policy, “Account Deletion” (abuse prevention)", defaultPeriodDays: null },
    { key: "billing-records", label: "Billing records", statute: "Privacy policy, “Account Deletion” and “Retention of Data” (billing records)", defaultPeriodDays: null },
    { key: "security-logs", label: "Security logs", statute: "Privacy policy, “Account Deletion” and “Diagnostic Data” (security purposes)", defaultPeriodDays: null },
  ],
};
