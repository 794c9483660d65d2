import { API_KEY_SCOPES } from "../../../api-keys/scopes";
import { MAX_API_KEY_DAYS } from "../../../validation/api-keys";
import { MAX_BACKDATE_DAYS, MAX_EXPORT_BYTES, MAX_MESSAGE } from "../../../cases/limits";
import type { Messages } from "../../catalogue";
import { paramText as text, type ErrorParams as Params } from "../en/staff-errors";
import { plural } from "../../plural";
import { quoteName } from "../../quote";
import { staffAgentForm } from "./staff-agent-form";

const chars = (count: number) => plural("ru-RU", count, { one: "# символа", few: "# символов", many: "# символов", other: "# символа" });

export const staffErrors = {
  unknown: "Не удалось выполнить действие. Обновите страницу и попробуйте ещё раз.",
  codes: {
    forbidden: "Ваша роль на этом портале не позволяет это сделать.",
    transition_not_allowed: "Это невозможно при текущем статусе запроса.",
    changed_meanwhile: "Запрос тем временем изменился; обновите страницу и попробуйте ещё раз.",
    no_deadline_policy: "У запроса нет правил расчёта срока: он не был подтверждён.",
    assign_closed: "Закрытому запросу нельзя назначить другого исполнителя.",
    assignee_not_agent: "Запрос можно назначить только исполнителю или администратору его портала.",
    question_empty: "Вопрос не может быть пустым.",
    question_too_long: `Вопрос может содержать не более ${chars(MAX_MESSAGE)}.`,
    answer_empty: "Ответ не может быть пустым.",
    answer_too_long: `Ответ может содержать не более ${chars(MAX_MESSAGE)}.`,
    note_empty: "Заметка не может быть пустой.",
    note_too_long: `Заметка может содержать не более ${chars(10_000)}.`,
    extension_reason_required: "Для продления нужна причина: её сообщат субъекту.",
    extension_reason_too_long: `Причина может содержать не более ${chars(5_000)}.`,
    extension_closed: "Срок закрытого запроса продлить нельзя.",
    extension_already: "Срок этого запроса уже продлён; закон допускает одно продление.",
    extension_not_allowed: "Режим этого запроса не допускает продления.",
    extension_too_late: "Продлить срок уже нельзя: субъекта нужно было уведомить о продлении до даты, указанной рядом со сроком.",
    extension_not_computable: "Продлённый срок невозможно рассчитать по режиму этого запроса.",
    rejection_reason_required: "Выберите основание для отказа.",
    rejection_ground_not_in_regime: "Это не основание для отказа по закону, применимому к запросу: выберите одно из предложенных.",
    rejection_message_required: "При отказе по иному основанию нужно сообщение с объяснением.",
    rejection_message_too_long: `Сообщение может содержать не более ${chars(5_000)}.`,
    own_completion_form: "Запрос этого вида завершается через отдельную форму.",
    resolution_required: "Укажите, что было изменено или прекращено: это сообщат субъекту.",
    resolution_too_long: `Описание может содержать не более ${chars(5_000)}.`,
    effective_date_invalid: "Дата вступления в силу должна быть датой (ГГГГ-ММ-ДД).",
    checklist_not_deletion: "Перечнем уничтожения завершается только запрос на уничтожение.",
    checklist_incomplete: "Отметьте каждую категорию данных ровно один раз: уничтожена или сохранена.",
    checklist_basis_required: "Для каждой сохранённой категории нужно правовое основание из каталога портала.",
    checklist_keep_until_invalid: "Для каждой сохранённой категории нужна дата «хранить до» позже сегодняшней.",
    checklist_category_always_deleted: "Категория, которая уничтожается всегда (ни одно основание не позволяет её хранить), отмечена как сохранённая.",
    checklist_basis_not_for_category: "Категория сохранена по основанию, недопустимому для неё: выберите одно из оснований в её строке.",
    checklist_anchor_required: "Для основания, срок по которому отсчитывается от даты (например, последнего платежа пользователя), укажите эту дату.",
    checklist_keep_until_too_early: "Дата «хранить до» раньше, чем допускает основание: не меньше срока основания от даты его отсчёта.",
    checklist_basis_elapsed: "Срок этого основания уже истёк (от указанной даты): данные нужно уничтожить, а не хранить.",
    export_not_for_type: "Выгрузкой отвечают только на запросы о доступе и переносимости.",
    export_file_type: "Выгрузка должна быть файлом .json, .csv или .zip.",
    export_empty: "Файл выгрузки пуст.",
    export_too_large: `Выгрузка может быть не больше ${MAX_EXPORT_BYTES / 1024 / 1024} МБ.`,
    intake_needs_agent: "Регистрировать запросы может исполнитель или администратор этого портала.",
    intake_channel_required: "Выберите, каким способом получен запрос.",
    intake_evidence_too_long: `Подтверждение личности — не более ${chars(1_000)}, в одну строку.`,
    intake_evidence_required: "Укажите, как установлена личность субъекта, напр. «отправлен с зарегистрированного адреса».",
    intake_received_at_required: "Укажите дату и время получения запроса.",
    intake_received_in_future: "Запрос не может быть получен в будущем.",
    intake_backdated_too_far: `Дату получения можно указать не ранее чем за ${plural("ru-RU", MAX_BACKDATE_DAYS, { one: "# день", few: "# дня", many: "# дней", other: "# дня" })} до сегодняшнего дня.`,
    text_bad_character:
      "Текст содержит невидимый управляющий символ или символ направления текста (часто при вставке из другого документа): наберите текст заново без этого символа.",
    outbox_not_failed: "Это письмо уже не числится недоставленным: его тем временем отправили повторно или доставили.",
    duplicate_not_flagged: "Этот запрос не отмечен как возможный дубликат.",
    duplicate_earlier_gone: "Предыдущий запрос больше не рассматривается (закрыт, отозван или сам объединён); оставьте этот.",
    duplicate_other_type: "Предыдущий запрос теперь другого вида (его вид изменён при разборе): оставьте этот.",
    duplicate_earlier_in_triage: "Предыдущий запрос поступил по электронной почте, и его вид ещё не подтверждён: сначала подтвердите его при разборе.",
    duplicate_other_address: "Предыдущий запрос пришёл с другого адреса (совпал только идентификатор учётной записи): оставьте этот или откажите в нём по его собственным основаниям.",
    appeal_only: "Эта форма предназначена только для решения по жалобе.",
    appeal_outcome_required: "Выберите, удовлетворяется жалоба или нет.",
    appeal_explanation_required: "Обоснуйте решение: закон требует письменного изложения его причин.",
    appeal_explanation_too_long: `Обоснование может содержать не более ${chars(5_000)}.`,
    invalid_input: "Часть отправленных данных недопустима. Обновите страницу и попробуйте ещё раз.",
    member_already: (p: Params) => `${text(p.email, "Этот адрес")} уже в команде ${typeof p.portal === "string" ? `портала ${quoteName(p.portal)}` : "этого портала"}: измените роль в списке.`,
    member_not_found: "Этот человек не является сотрудником этого портала.",
    member_role_required: "Выберите роль: наблюдатель, исполнитель или администратор.",
    last_admin: "Вы последний администратор портала: назначьте администратором другого сотрудника, прежде чем покинуть портал или отказаться от роли администратора.",
    contact_invalid: "Введите адрес электронной почты оператора, например privacy@example.com.",
    api_key_not_found: "Такого ключа API на этом портале нет.",
    retention_basis_in_use: (p: Params) => {
      const bases = Array.isArray(p.bases) ? (p.bases as { key: string; label: string; uses: number }[]) : [];
      const tail = "Оставьте его или измените его название и норму закона.";
      if (bases.length === 0) return `Основание хранения, на которое ссылаются сохранённые записи, удалить нельзя. ${tail}`;
      const list = bases.map((b) => `«${b.label}» (${b.key}) — основание ${plural("ru-RU", b.uses, { one: "# сохранённой записи", few: "# сохранённых записей", many: "# сохранённых записей", other: "# сохранённой записи" })}`);
      return `${list.join("; ")}, поэтому удалить его нельзя. ${tail}`;
    },
    webhook_url_refused: (p: Params) => `Этот URL не может принимать вебхуки${typeof p.reason === "string" ? ` (${p.reason})` : ""}: укажите общедоступный http(s) URL.`,
    webhook_events_required: "Выберите хотя бы одно событие для отправки.",
    webhook_not_found: "Этого адреса вебхуков больше нет.",
    webhook_delivery_not_found: "Этой доставки больше нет.",
    // Email intake (issue 14).
    triage_not_needed: "Этот запрос не ждёт разбора.",
    triage_type_not_offered: "Выберите один из видов запросов, которые принимает этот портал.",
    mailbox_password_required: "Введите пароль почтового ящика: сохранённого пароля пока нет.",
    mailbox_not_found: "К этому порталу не подключён почтовый ящик.",
    // Authorized agents on the web form (issue 15).
    agent_authorization_pending: staffAgentForm.errors.pending,
    agent_authorization_declined: staffAgentForm.errors.declined,
    agent_consumer_not_confirmed: staffAgentForm.errors.notConfirmed,
    agent_already_reviewed: staffAgentForm.errors.alreadyReviewed,
    agent_not_agent_request: staffAgentForm.errors.notAgentRequest,
    // Authorized agents over DRP (issue 15).
    drp_agent_id_invalid: "Идентификатор представителя — как в каталоге DRP: только заглавные латинские буквы и подчёркивания, например PERMISSION_SLIP.",
    drp_agent_name_required: "Укажите название представителя, не более 200 символов.",
    drp_verify_key_invalid: "Ключ проверки — 32-байтовый открытый ключ Ed25519 представителя в base64 (44 символа) или hex (64).",
    drp_contact_too_long: "Контакт может содержать не более 200 символов.",
    drp_agent_exists: "Представитель с таким идентификатором уже зарегистрирован на этом портале.",
    drp_agent_not_found: "Такой представитель не зарегистрирован на этом портале.",
    drp_token_not_found: "Такого токена на этом портале нет, или он уже отозван.",
    drp_business_id_invalid: "Идентификатор организации — не более 100 латинских букв, цифр, подчёркиваний, дефисов или точек.",
    // The forms for members, API keys and webhooks (issue 16).
    member_email_invalid: "Введите адрес электронной почты, например name@example.com.",
    member_email_too_long: `Адрес может содержать не более ${chars(254)}.`,
    api_key_name_required: "Дайте ключу название, например имя системы, которая будет его использовать.",
    api_key_name_too_long: `Название может содержать не более ${chars(100)}.`,
    api_key_scopes_required: "Выберите хотя бы одно право.",
    api_key_scope_unknown: `Неизвестное право: выберите одно из следующих: ${API_KEY_SCOPES.join(", ")}.`,
    api_key_expiry_invalid: `Срок действия — целое число дней от 1 до ${MAX_API_KEY_DAYS} или пусто (бессрочно).`,
    webhook_url_required: "Введите URL, на который будут приходить события, например https://example.com/webhooks.",
    webhook_url_too_long: `URL может содержать не более ${chars(2_000)}.`,
    webhook_event_unknown: "Одно из выбранных событий не отправляется этой системой: обновите страницу и выберите снова.",
  },
} satisfies Messages["staffErrors"];
