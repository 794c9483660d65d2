import type { PortalSeed } from ".";

/**
 * A made-up US portal under the Virginia VCDPA, for tests only: it is not one
 * of the demo portals (DEMO_PORTALS) and `npm run db:seed` never creates it.
 * The five real portals fall under no US state law, so appeals, free-request
 * limits and the Attorney General route are exercised here.
 */
export const testVirginiaPortal: PortalSeed = {
  slug: "blue-ridge",
  name: "Blue Ridge Outfitters (US test portal)",
  referencePrefix: "BRO",
  policyUrl: "https://blue-ridge.example/privacy",
  contactEmail: "privacy@blue-ridge.example",
  languages: ["en"],
  defaultLanguage: "en",
  // Va. Code §59.1-577(A): confirm/access, correct, delete, obtain a portable copy, opt out.
  requestTypes: ["access", "correction", "deletion", "portability", "objection"],
  regime: "us-va-vcdpa",
  promises: {},
  clockStart: "receipt",
  timeZone: "America/New_York",
  holidayCountry: "US-VA",
  dataCategories: [
    { name: "account and email address", translations: {}, keptUnder: [] },
    { name: "order history", translations: {}, keptUnder: [] },
  ],
  retentionBases: [],
};
