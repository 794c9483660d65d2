import type { Messages } from "../../catalogue";

export const staffInbound = {
  email: {
    heading: "Получено по электронной почте",
    from: "От",
    subject: "Тема",
    arrived: "Поступило",
    outcome: { request: "Создало это обращение", answer: "Ответ заявителя", ignored: "Пропущено" },
    proved: (domain: string) => `Отправитель подтверждён проверкой самого письма (согласовано с ${domain}).`,
    notProved: "Проверка письма не подтвердила отправителя: заявитель подтверждает адрес по ссылке из письма.",
    checks: (spf: string, dkim: string, dmarc: string) => `SPF ${spf}, DKIM ${dkim}, DMARC ${dmarc}`,
    attachments: "Вложения",
    download: "Скачать",
    size: (kb: string) => `${kb} КБ`,
  },
  triage: {
    heading: "Требует разбора",
    intro: "Это обращение поступило по электронной почте. Срок отсчитывается с момента поступления письма, что бы здесь ни решили.",
    suggested: (label: string) => `Классификатор предлагает: ${label}.`,
    noSuggestion: "Ключевые слова не найдены: показан первый тип портала, а не догадка.",
    type: "Тип обращения",
    confirm: "Подтвердить тип",
    dismiss: "Не обращение",
    dismissHelp: "Закрывает его без письма отправителю; журнал фиксирует, кто это сделал. Неподтверждённое обращение удаляется.",
  },
  queue: { badge: "требует разбора", filter: "Только требующие разбора" },
  done: { triaged: "Готово: тип подтверждён.", dismissed: "Готово: закрыто как не обращение." },
} satisfies Messages["staffInbound"];
