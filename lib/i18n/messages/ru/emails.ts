import type { Messages } from "../../catalogue";

const plural = new Intl.PluralRules("ru-RU");

/** A count with its noun in the form Russian grammar wants after it: 1 час, 2 часа, 5 часов. */
function counted(n: number, one: string, few: string, many: string): string {
  const form = plural.select(n);
  return `${n} ${form === "one" ? one : form === "few" ? few : many}`;
}

export const emails = {
  layout: {
    linkFallback: "Если кнопка не работает, скопируйте ссылку в адресную строку браузера:",
    footer: (portal: string) => `Вы получили это письмо, потому что этот адрес был указан в запросе о персональных данных к оператору «${portal}».`,
  },
  verification: {
    subject: (portal: string) => `Подтвердите адрес электронной почты — ${portal}`,
    heading: "Подтвердите адрес электронной почты",
    intro: (portal: string) => `Чтобы отправить ваш запрос оператору «${portal}», подтвердите, пожалуйста, адрес электронной почты.`,
    howTo: "Ссылка откроет страницу с кнопкой подтверждения. Запрос будет отправлен, когда вы её нажмёте.",
    button: "Подтвердить адрес",
    expires: (hours: number) => `Ссылка действует ${counted(hours, "час", "часа", "часов")}.`,
    ignore: "Если вы не отправляли этот запрос, просто не обращайте внимания на письмо: ничего не произойдёт.",
  },
  verificationReminder: {
    subject: (portal: string) => `Напоминание: ваш запрос к оператору «${portal}» ждёт подтверждения`,
    heading: "Ваш запрос ждёт подтверждения",
    intro: (portal: string) => `Ваш запрос оператору «${portal}» ещё не отправлен: нужно подтвердить адрес электронной почты.`,
    deletion: (days: number) => `Если адрес не подтвердить, запрос будет удалён через ${counted(days, "день", "дня", "дней")} после отправки формы.`,
    freshLink: "Вот новая ссылка. Она откроет страницу с кнопкой подтверждения.",
  },
  acknowledgement: {
    subject: (portal: string, reference: string) => `Запрос ${reference} принят — ${portal}`,
    heading: "Ваш запрос принят",
    intro: (portal: string) => `Спасибо, адрес подтверждён. Ваш запрос передан оператору «${portal}».`,
    reference: "Номер запроса",
    type: "Запрос",
    // No full stop: the date itself ends in «г.»
    deadline: (portal: string, date: string) => `Оператор «${portal}» обязан ответить не позднее ${date}`,
    nextHeading: "Что будет дальше",
    next: [
      "Сотрудники, отвечающие за персональные данные, рассмотрят ваш запрос.",
      "Если им понадобятся уточнения, они напишут вам по электронной почте.",
      "На странице статуса видно, как продвигается запрос; там же его можно отозвать.",
    ],
    button: "Открыть страницу статуса",
    keepLink: "Сохраните это письмо: по ссылке из него можно вернуться на страницу статуса.",
  },
  withdrawal: {
    subject: (reference: string) => `Запрос ${reference} отозван`,
    heading: "Ваш запрос отозван",
    body: (portal: string, reference: string) => `Ваш запрос ${reference} к оператору «${portal}» отозван. Больше никаких действий по нему выполняться не будет.`,
    newRequest: "Если передумаете, вы можете в любой момент отправить новый запрос.",
  },
} satisfies Messages["emails"];
