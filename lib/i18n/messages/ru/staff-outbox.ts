import type { Messages } from "../../catalogue";

export const staffOutbox = {
  title: "Исходящие",
  heading: "Исходящие: недоставленные письма",
  intro: "Система повторяет попытки отправки со всё большими интервалами и прекращает их после заданного числа попыток. Устраните причину (адрес получателя, SMTP-сервер), затем отправьте письмо снова.",
  resent: (id: string) => `Письмо ${id} снова поставлено в очередь.`,
  queued: "Поставлено в очередь",
  to: "Кому",
  subject: "Тема",
  request: "Запрос",
  attempts: "Попытки",
  lastError: "Последняя ошибка",
  resend: "Отправить снова",
  staffEmail: "письмо сотруднику",
  none: "Недоставленных писем нет.",
  utc: (when: string) => `${when} UTC`,
} satisfies Messages["staffOutbox"];
