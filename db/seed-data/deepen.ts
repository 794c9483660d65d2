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
  languages: ["uz"],
  defaultLanguage: "uz",
  // §6.1: deletion of the account and personal data; §7.2.4: blocking while a complaint about the data is checked.
  requestTypes: ["deletion", "restriction"],
  // §5.4: processing under the Law "On Personal Data" of 2 July 2019 (ZRU-547).
  regime: "uz-zru547",
  // §6.2: deletion within 14 days of the written request. §7.2.4 blocks the data "from the moment of the request"
  // ("murojaat qilgan … paytdan boshlab"), so blocking is due the day it is asked: a promise of 0 days.
  promises: {
    deletion: { days: 14, unit: "calendar" },
    restriction: { days: 0, unit: "calendar" },
  },
  // §6.1: the request must come from the address given at registration, so the clock starts once that is proved.
  clockStart: "verification",
  timeZone: "Asia/Tashkent",
  holidayCountry: "UZ",
  // §3.1.1.
  dataCategories: [
    "email address",
    "first and last name",
    "IP addresses and cookies",
    "browser, hardware and software details",
    "access dates and times, requested pages",
  ],
  // §6.2 deletes the account and its personal data with no exception, so the catalogue is empty.
  retentionBases: [],
};
