import type { Messages } from "../../catalogue";

const plural = new Intl.PluralRules("ru-RU");

/** "1 день", "2 дня", "5 дней". */
function days(n: number): string {
  const form = plural.select(n);
  return `${n} ${form === "one" ? "день" : form === "few" ? "дня" : "дней"}`;
}

export const staffRetention = {
  title: "Реестр хранения",
  notices: {
    confirmed: "Уничтожение подтверждено и записано в журнал аудита.",
    already: "Это уничтожение уже было подтверждено; ничего не изменилось.",
  },
  filter: "Отбор в реестре",
  portal: "Портал",
  allPortals: "все порталы",
  basis: "Правовое основание",
  anyBasis: "любое основание",
  within: "Срок истекает в течение (дней)",
  includePurged: "Включая уничтоженные",
  apply: "Отобрать",
  export: "Выгрузить CSV",
  none: "Под эти условия не подпадают никакие хранимые данные.",
  columns: {
    reference: "Номер",
    portal: "Портал",
    category: "Категория",
    basis: "Правовое основание",
    keptUntil: "Хранить до",
    daysLeft: "Осталось",
    status: "Состояние",
  },
  noEndDate: "без срока",
  daysLeft: (n: number) => (n < 0 ? `просрочено на ${days(-n)}` : n === 0 ? "истекает сегодня" : `осталось ${days(n)}`),
  purgedBy: { before: "уничтожено, подтвердил(а) ", after: (when: string) => `, ${when}` },
  formerMember: "бывший сотрудник",
  kept: "хранится",
  purged: "уничтожено",
  confirmPurge: "Подтвердить уничтожение",
  csv: {
    reference: "номер",
    portal: "портал",
    category: "категория",
    basis: "правовое основание",
    statute: "норма",
    keptUntil: "хранить до",
    status: "состояние",
    purgedAt: "уничтожено",
    purgedBy: "подтвердил(а) уничтожение",
  },
} satisfies Messages["staffRetention"];
