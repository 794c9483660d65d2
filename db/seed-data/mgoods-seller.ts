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
  // §2.1–§2.4, in English for staff and in Uzbek and Russian for requesters; §8 keeps financial records and logs only.
  dataCategories: [
    {
      name: "account: name, email address, phone number, encrypted password, role",
      translations: { uz: "hisob: ism, elektron pochta manzili, telefon raqami, shifrlangan parol, rol", ru: "учётная запись: имя, адрес электронной почты, номер телефона, зашифрованный пароль, роль" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "store and legal entity details, business address and contact numbers",
      translations: { uz: "doʻkon va yuridik shaxs maʼlumotlari, biznes manzili va aloqa raqamlari", ru: "сведения о магазине и юридическом лице, адрес и контактные номера" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "payment and billing information",
      translations: { uz: "toʻlov va hisob-kitob maʼlumotlari", ru: "платёжные и расчётные сведения" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "product catalogue, offers and orders",
      translations: { uz: "mahsulotlar katalogi, takliflar va buyurtmalar", ru: "каталог товаров, предложения и заказы" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "delivery, return and refund data",
      translations: { uz: "yetkazib berish, qaytarish va pulni qaytarish maʼlumotlari", ru: "сведения о доставке, возвратах и возмещениях" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "sales performance and financial reports",
      translations: { uz: "savdo koʻrsatkichlari va moliyaviy hisobotlar", ru: "показатели продаж и финансовые отчёты" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "warehouse and stock information",
      translations: { uz: "ombor va zaxiralar haqidagi maʼlumotlar", ru: "сведения о складе и остатках" },
      keptUnder: ["financial-tax-legal"],
    },
    {
      name: "IP addresses, device, browser and language",
      translations: { uz: "IP-manzillar, qurilma, brauzer va til", ru: "IP-адреса, устройство, браузер и язык" },
      keptUnder: ["security-logs"],
    },
    {
      name: "login, activity, interaction and error logs",
      translations: { uz: "kirish, faollik, oʻzaro harakat va xatolar jurnallari", ru: "журналы входа, активности, взаимодействия и ошибок" },
      keptUnder: ["security-logs"],
    },
  ],
  // §8; §7 makes deletion "subject to legal retention duties". The policy sets no periods.
  retentionBases: [
    {
      key: "financial-tax-legal",
      label: "Financial, tax and legal records",
      statute: "Privacy policy §8 (\"according to applicable laws\") and §7 (legal retention duties)",
      translations: {
        uz: { label: "Moliyaviy, soliq va huquqiy yozuvlar", statute: "Maxfiylik siyosati, 8-band (“amaldagi qonunlarga muvofiq”) va 7-band (qonuniy saqlash majburiyatlari)" },
        ru: { label: "Финансовые, налоговые и юридические документы", statute: "Политика конфиденциальности, п. 8 («в соответствии с применимым законодательством») и п. 7 (установленные законом обязанности по хранению)" },
      },
      defaultPeriodDays: null,
    },
    {
      key: "security-logs",
      label: "Security and system logs",
      statute: "Privacy policy §8 (\"for a limited period to ensure stability and safety\")",
      translations: {
        uz: { label: "Xavfsizlik va tizim jurnallari", statute: "Maxfiylik siyosati, 8-band (“barqarorlik va xavfsizlikni taʼminlash uchun cheklangan muddat davomida”)" },
        ru: { label: "Журналы безопасности и системные журналы", statute: "Политика конфиденциальности, п. 8 («в течение ограниченного срока для обеспечения стабильности и безопасности»)" },
      },
      defaultPeriodDays: null,
    },
  ],
};
