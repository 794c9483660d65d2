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
  // §2.1–§2.6, in English for staff and in Russian for requesters. §6.2 keeps "request history, security logs,
  // correspondence, payment details and other data connected with providing access and resolving disputes".
  dataCategories: [
    {
      name: "phone number, email address, login and account details",
      translations: { ru: "номер телефона, адрес электронной почты, логин и данные учётной записи" },
      keptUnder: ["security-logs"],
    },
    {
      name: "payment records: fact, date, amount, transaction IDs and status",
      translations: { ru: "сведения о платежах: факт, дата, сумма, идентификаторы и статус транзакций" },
      keptUnder: ["payments-disputes", "accounting"],
    },
    {
      name: "IP addresses, device, browser, OS, cookies and session logs",
      translations: { ru: "IP-адреса, сведения об устройстве, браузере и ОС, cookie и журналы сессий" },
      keptUnder: ["security-logs"],
    },
    { name: "security events", translations: { ru: "события безопасности" }, keptUnder: ["security-logs"] },
    {
      name: "support requests, correspondence, claims, refunds and chargebacks",
      translations: { ru: "обращения в поддержку, переписка, претензии, возвраты и оспаривания платежей" },
      keptUnder: ["payments-disputes", "security-logs"],
    },
    { name: "prompts, dialogue history and generated results", translations: { ru: "запросы, история диалогов и сгенерированные результаты" }, keptUnder: ["security-logs"] },
    {
      name: "records of legally significant actions: accepted terms version, subscriptions, notifications",
      translations: { ru: "сведения о юридически значимых действиях: принятая редакция условий, подписки, уведомления" },
      keptUnder: ["security-logs"],
    },
  ],
  // §6.2's floor runs from the user's last payment, not from the deletion: staff enter that date and keep-until
  // follows from it. The policy cites no limitation period, so none is offered as a ground of its own.
  retentionBases: [
    {
      key: "payments-disputes",
      label: "Payment, refund and dispute records",
      statute: "Privacy policy §6.2 (at least 180 calendar days from the user's last payment)",
      translations: {
        ru: {
          label: "Сведения о платежах, возвратах и спорах",
          statute: "Политика конфиденциальности, п. 6.2 (не менее 180 календарных дней с даты последнего платежа пользователя)",
        },
      },
      defaultPeriodDays: 180,
      anchoredTo: "the user's last payment",
    },
    {
      key: "security-logs",
      label: "Request history, security logs and correspondence",
      statute: "Privacy policy §6.2 (access, claims and abuse: at least 180 calendar days from the user's last payment)",
      translations: {
        ru: {
          label: "История запросов, журналы безопасности и переписка",
          statute: "Политика конфиденциальности, п. 6.2 (доступ, претензии и злоупотребления: не менее 180 календарных дней с даты последнего платежа пользователя)",
        },
      },
      defaultPeriodDays: 180,
      anchoredTo: "the user's last payment",
    },
    {
      key: "accounting",
      label: "Accounting and tax records",
      statute: "Privacy policy §6.1 (accounting and tax rules); Federal Law No. 402-FZ \"On Accounting\" art. 29(1) (at least five years after the reporting year)",
      translations: {
        ru: {
          label: "Документы бухгалтерского и налогового учёта",
          statute: "Политика конфиденциальности, п. 6.1 (правила бухгалтерского и налогового учёта); Федеральный закон № 402-ФЗ «О бухгалтерском учёте», ч. 1 ст. 29 (не менее пяти лет после отчётного года)",
        },
      },
      // Art. 29(1): "не менее пяти лет после отчетного года", so the period runs from the reporting year's last day.
      // Five years in days with the most leap days five years can hold (two), so the floor is never a day short.
      defaultPeriodDays: 5 * 365 + 2,
      anchoredTo: "the end of the reporting year (31 December) of the user's last accounting document",
    },
  ],
};
