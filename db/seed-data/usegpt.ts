import type { PortalSeed } from ".";

/** UseGPT, an AI service of a St Petersburg company: its privacy policy (Политика конфиденциальности) of 30 Apr 2026, in Russian. */
export const usegpt: PortalSeed = {
  slug: "usegpt",
  // §1.2: the operator of personal data.
  name: "UseGPT (ООО «Мобильный маркетинг онлайн»)",
  referencePrefix: "UGP",
  policyUrl: "https://usegpt.ru/privacy",
  // §7.2 and §10.1.
  contactEmail: "support@usegpt.ru",
  languages: ["ru"],
  defaultLanguage: "ru",
  // §7.1: information about processing, clarification, blocking, destruction, and withdrawal of consent;
  // 152-FZ art. 21(5.1) adds the demand to stop processing (10 working days, +5 with a reasoned notice).
  requestTypes: ["access", "correction", "restriction", "deletion", "consent-withdrawal", "stop-processing"],
  // §1.2 and §4.1: a Russian operator under 152-FZ, whose own periods time every request type.
  regime: "ru-152fz",
  promises: {},
  // 152-FZ counts its periods from the request's arrival (art. 14(3), 20, 21).
  clockStart: "receipt",
  timeZone: "Europe/Moscow",
  holidayCountry: "RU",
  // §2.1–§2.6.
  dataCategories: [
    "phone number, email address, login and account details",
    "payment records: fact, date, amount, transaction IDs and status",
    "IP addresses, device, browser, OS, cookies and session logs",
    "security events",
    "support requests, correspondence, claims, refunds and chargebacks",
    "prompts, dialogue history and generated results",
    "records of legally significant actions: accepted terms version, subscriptions, notifications",
  ],
  retentionBases: [
    {
      key: "payments-disputes",
      label: "Payment, refund and dispute records",
      statute: "Privacy policy §6.2 (at least 180 days from the last payment); Civil Code of the RF art. 196 (limitation period)",
      // §6.2 counts from the user's last payment, not from the deletion: the agent moves the keep-until date accordingly.
      defaultPeriodDays: 180,
    },
    {
      key: "security-logs",
      label: "Request history, security logs and correspondence",
      statute: "Privacy policy §6.2 (access, claims and abuse: at least 180 days from the last payment)",
      // §6.2 puts security logs and request history under the same 180-day floor as payments.
      defaultPeriodDays: 180,
    },
    {
      key: "accounting",
      label: "Accounting and tax records",
      statute: "Privacy policy §6.1 (accounting and tax rules); Federal Law No. 402-FZ \"On Accounting\" art. 29",
      // §6.1 states no period of its own.
      defaultPeriodDays: null,
    },
  ],
};
