import type { Messages } from "../../catalogue";

export const appeals = {
  status: {
    heading: "Обжаловать это решение",
    body: (until: string) => `Если вы не согласны с решением по вашему запросу, вы можете потребовать его пересмотра. Обжаловать решение можно до ${until}.`,
    groundsLabel: "С чем вы не согласны и почему?",
    submit: "Отправить апелляцию",
    lodged: "Ваша апелляция отправлена. В письме, которое мы вам отправили, указаны её номер и ссылка для отслеживания.",
    notAllowed: "Это решение больше нельзя обжаловать.",
    empty: "Пожалуйста, укажите, с чем вы не согласны, прежде чем отправить апелляцию.",
    tooLong: "Текст может содержать не более 5000 символов.",
    badCharacter: "Текст содержит невидимый управляющий символ или символ направления текста. Введите его заново, не копируя.",
    appealOf: "Апелляция по запросу",
    appealedAs: "Ваша апелляция",
    mergedInto: "Этот запрос объединён с запросом",
  },
  complaint: {
    heading: "Если вы не согласны",
    supervisory: (authority: string) => `Вы вправе обжаловать действия или бездействие оператора в уполномоченный орган по защите прав субъектов персональных данных (${authority}) или в судебном порядке.`,
    attorneyGeneral: (authority: string) => `Вы вправе подать жалобу: ${authority}.`,
    link: "Как подать жалобу",
    phone: (phone: string) => `Телефон: ${phone}`,
  },
  events: {
    appeal_lodged: "Вы обжаловали решение",
    appealed: "Апелляция получена",
    appeal_decided: "Решение по апелляции принято",
    duplicate_merged: "Объединён с вашим более ранним запросом",
  } as Record<string, string>,
  emails: {
    appealReceived: {
      subject: (portal: string, reference: string) => `Апелляция ${reference} получена: ${portal}`,
      heading: "Ваша апелляция получена",
      intro: (portal: string, original: string) => `${portal} получил вашу апелляцию на решение по запросу ${original}.`,
      deadline: (portal: string, date: string) => `${portal} обязан письменно сообщить вам о принятом решении и его причинах не позднее ${date}.`,
    },
    appealDecision: {
      subject: (portal: string, reference: string) => `${portal}: решение по апелляции ${reference}`,
      heading: "Решение по вашей апелляции принято",
      granted: (portal: string, original: string) => `${portal} пересмотрел своё решение по запросу ${original} и изменил его в вашу пользу.`,
      denied: (portal: string, original: string) => `${portal} пересмотрел своё решение по запросу ${original} и оставил его в силе.`,
      reasonsHeading: "Что решено и почему",
      complaintHeading: "Если вы по-прежнему не согласны",
    },
    duplicateMerged: {
      subject: (portal: string, reference: string) => `Запрос ${reference} объединён с вашим более ранним запросом к ${portal}`,
      heading: "Ваши запросы объединены",
      body: (later: string, earlier: string) => `Ваш запрос ${later} касается того же, что и ваш более ранний запрос ${earlier}, поэтому запросы объединены.`,
      stands: (earlier: string, later: string) => `Запрос ${earlier} остаётся в силе, и на него будет дан ответ: следите за ним на странице статуса. Запрос ${later} закрыт, и по нему больше ничего не будет сделано.`,
    },
  },
} satisfies Messages["appeals"];
