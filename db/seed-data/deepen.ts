import type { PortalSeed } from ".";

/** Deepen, a mobile app in Uzbekistan: its privacy policy (Maxfiylik siyosati), in Uzbek. */
export const deepen: PortalSeed = {
  slug: "deepen",
  // The policy names the app ("Deepen Dasturi", §1.1.3) and its administration, no legal entity.
  name: "Deepen",
  referencePrefix: "DPN",
  policyUrl: "https://deepen.uz/maxfiyliksiyosati",
  // §6.1 and §8.3.
  contactEmail: "info@deepen.uz",
  // §6.1: a request may also be emailed to that address from the one given at registration.
  emailIntake: true,
  languages: ["uz"],
  defaultLanguage: "uz",
  // §6.1: deletion of the account and personal data; §7.2.4: blocking while a complaint about the data is checked.
  // ZRU-547 adds correction (art. 11: changes within three days; art. 30) and the withdrawal of consent (art. 30).
  requestTypes: ["deletion", "restriction", "correction", "consent-withdrawal"],
  // §5.4: processing under the Law "On Personal Data" of 2 July 2019 (ZRU-547).
  regime: "uz-zru547",
  // §6.2: deletion within 14 days of the written request. §7.2.4 blocks the data "from the moment of the request"
  // ("murojaat qilgan … paytdan boshlab"), so blocking is due the day it is asked: a promise of 0 days.
  promises: {
    deletion: { days: 14, unit: "calendar" },
    restriction: { days: 0, unit: "calendar" },
    // The policy names no period for a withdrawal of consent: the portal holds it to the 14 days of §6.2.
    "consent-withdrawal": { days: 14, unit: "calendar", kind: "configured" },
  },
  // §6.1: the request must come from the address given at registration, so the clock starts once that is proved.
  clockStart: "verification",
  timeZone: "Asia/Tashkent",
  holidayCountry: "UZ",
  // §3.1.1, in English for staff and in Uzbek for requesters. §6.2 deletes them all with no exception: no category may be kept.
  dataCategories: [
    { name: "email address", translations: { uz: "elektron pochta manzili" }, keptUnder: [] },
    { name: "first and last name", translations: { uz: "ism va familiya" }, keptUnder: [] },
    { name: "IP addresses and cookies", translations: { uz: "IP-manzillar va cookie fayllari" }, keptUnder: [] },
    { name: "browser, hardware and software details", translations: { uz: "brauzer, qurilma va dasturiy taʼminot haqidagi maʼlumotlar" }, keptUnder: [] },
    { name: "access dates and times, requested pages", translations: { uz: "kirish sanalari va vaqtlari, soʻralgan sahifalar" }, keptUnder: [] },
  ],
  // §6.2 deletes the account and its personal data with no exception, so the catalogue is empty.
  retentionBases: [],
};
