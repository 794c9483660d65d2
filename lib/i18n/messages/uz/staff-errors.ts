import { API_KEY_SCOPES } from "../../../api-keys/scopes";
import { MAX_API_KEY_DAYS } from "../../../validation/api-keys";
import { MAX_BACKDATE_DAYS, MAX_EXPORT_BYTES, MAX_MESSAGE } from "../../../cases/limits";
import type { Messages } from "../../catalogue";
import { paramText as text, type ErrorParams as Params } from "../en/staff-errors";
import { quoteName } from "../../quote";
import { staffAgentForm } from "./staff-agent-form";

const num = (value: number) => new Intl.NumberFormat("uz-Latn-UZ").format(value);

export const staffErrors = {
  unknown: "Amalga oshmadi. Sahifani yangilang va qaytadan urinib koʻring.",
  codes: {
    forbidden: "Bu portaldagi rolingiz bunga ruxsat bermaydi.",
    transition_not_allowed: "Soʻrovning hozirgi holatida buni qilib boʻlmaydi.",
    changed_meanwhile: "Soʻrov shu orada oʻzgardi; sahifani yangilang va qaytadan urinib koʻring.",
    no_deadline_policy: "Bu soʻrovda muddat qoidasi yoʻq: u hech qachon tasdiqlanmagan.",
    assign_closed: "Yopilgan soʻrovga boshqa ijrochi tayinlab boʻlmaydi.",
    assignee_not_agent: "Soʻrovni faqat oʻz portalining ijrochisi yoki administratoriga tayinlash mumkin.",
    question_empty: "Savol boʻsh boʻlishi mumkin emas.",
    question_too_long: `Savol koʻpi bilan ${num(MAX_MESSAGE)} belgidan iborat boʻlishi mumkin.`,
    answer_empty: "Javob boʻsh boʻlishi mumkin emas.",
    answer_too_long: `Javob koʻpi bilan ${num(MAX_MESSAGE)} belgidan iborat boʻlishi mumkin.`,
    note_empty: "Eslatma boʻsh boʻlishi mumkin emas.",
    note_too_long: `Eslatma koʻpi bilan ${num(10_000)} belgidan iborat boʻlishi mumkin.`,
    extension_reason_required: "Uzaytirish uchun sabab kerak: u subyektga maʼlum qilinadi.",
    extension_reason_too_long: `Sabab koʻpi bilan ${num(5_000)} belgidan iborat boʻlishi mumkin.`,
    extension_closed: "Yopilgan soʻrovning muddatini uzaytirib boʻlmaydi.",
    extension_already: "Bu soʻrovning muddati allaqachon uzaytirilgan; qonun bir marta uzaytirishga ruxsat beradi.",
    extension_not_allowed: "Bu soʻrovga tatbiq etiladigan qonun muddatni uzaytirishga ruxsat bermaydi.",
    extension_too_late: "Uzaytirish uchun kech: subyektga muddat yonida koʻrsatilgan sanagacha xabar berilishi kerak edi.",
    extension_not_computable: "Bu soʻrovga tatbiq etiladigan qonun boʻyicha uzaytirilgan muddatni hisoblab boʻlmaydi.",
    rejection_reason_required: "Rad etish asosini tanlang.",
    rejection_ground_not_in_regime: "Bu soʻrovga tatbiq etiladigan qonunda bunday rad etish asosi yoʻq: taklif qilinganlardan birini tanlang.",
    rejection_message_required: "«Boshqa» asos bilan rad etishda uni tushuntiruvchi xabar kerak.",
    rejection_message_too_long: `Xabar koʻpi bilan ${num(5_000)} belgidan iborat boʻlishi mumkin.`,
    own_completion_form: "Bu turdagi soʻrov oʻz shakli bilan yakunlanadi.",
    resolution_required: "Nima oʻzgartirilgani yoki toʻxtatilganini yozing: bu subyektga maʼlum qilinadi.",
    resolution_too_long: `Tavsif koʻpi bilan ${num(5_000)} belgidan iborat boʻlishi mumkin.`,
    effective_date_invalid: "Kuchga kirish sanasi sana boʻlishi kerak (YYYY-MM-DD).",
    checklist_not_deletion: "Yoʻq qilish roʻyxati bilan faqat yoʻq qilish soʻrovi yakunlanadi.",
    checklist_incomplete: "Har bir maʼlumotlar toifasini bir marta belgilang: yoʻq qilingan yoki saqlangan.",
    checklist_basis_required: "Har bir saqlangan toifa uchun portal katalogidan huquqiy asos kerak.",
    checklist_keep_until_invalid: "Har bir saqlangan toifa uchun bugundan keyingi «saqlash muddati» sanasi kerak.",
    checklist_category_always_deleted: "Har doim yoʻq qilinadigan toifa (hech bir asos uni saqlashga ruxsat bermaydi) saqlangan deb belgilangan.",
    checklist_basis_not_for_category: "Toifa unga ruxsat etilmagan asos bilan saqlangan: uning qatoridagi asoslardan birini tanlang.",
    checklist_anchor_required: "Sanadan hisoblanadigan asos (masalan, foydalanuvchining oxirgi toʻlovi) uchun shu sana kerak.",
    checklist_keep_until_too_early: "«Saqlash muddati» sanasi asos talab qilganidan erta: maʼlumotlar hisob boshlanadigan sanadan kamida asosda belgilangan muddat davomida saqlanadi.",
    checklist_basis_elapsed: "Bu asosning muddati (koʻrsatilgan sanadan hisoblaganda) allaqachon tugagan: maʼlumotlarni saqlab qolmasdan, yoʻq qilish kerak.",
    export_not_for_type: "Maʼlumotlar fayli bilan faqat tanishish va koʻchirish soʻrovlariga javob beriladi.",
    export_file_type: "Maʼlumotlar fayli .json, .csv yoki .zip boʻlishi kerak.",
    export_empty: "Maʼlumotlar fayli boʻsh.",
    export_too_large: `Maʼlumotlar fayli koʻpi bilan ${MAX_EXPORT_BYTES / 1024 / 1024} MB boʻlishi mumkin.`,
    intake_needs_agent: "Soʻrovlarni roʻyxatga olish uchun bu portalda ijrochi yoki administrator roli kerak.",
    intake_channel_required: "Soʻrov qanday qabul qilinganini tanlang.",
    intake_evidence_too_long: `Shaxs qanday tasdiqlangani bir qatorda, koʻpi bilan ${num(1_000)} belgida yozilishi mumkin.`,
    intake_evidence_required: "Subyektning shaxsi qanday aniqlanganini yozing, masalan, «roʻyxatdan oʻtgan manzildan yuborilgan».",
    intake_received_at_required: "Soʻrov qabul qilingan sana va vaqtni kiriting.",
    intake_received_in_future: "Soʻrov kelajakda qabul qilingan boʻlishi mumkin emas.",
    intake_backdated_too_far: `Qabul qilingan sana bugundan koʻpi bilan ${MAX_BACKDATE_DAYS} kun oldin boʻlishi mumkin.`,
    text_bad_character: "Matnda koʻrinmas boshqaruv yoki matn yoʻnalishi belgisi bor (koʻpincha boshqa hujjatdan nusxa olinganda): uni usiz qayta yozing.",
    outbox_not_failed: "Bu xat endi xato holatida emas: shu orada qayta yuborilgan yoki yetkazilgan.",
    duplicate_not_flagged: "Bu soʻrov takror boʻlishi mumkin deb belgilanmagan.",
    duplicate_earlier_gone: "Avvalgi soʻrov endi koʻrib chiqilmayapti (yopilgan, qaytarib olingan yoki oʻzi birlashtirilgan); bu soʻrovni alohida qoldiring.",
    duplicate_other_type: "Avvalgi soʻrov endi boshqa turdagi soʻrov (uning turi saralashda oʻzgartirilgan): bu soʻrovni alohida qoldiring.",
    duplicate_earlier_in_triage: "Avvalgi soʻrov elektron pochta orqali kelgan va uning turi hali tasdiqlanmagan: avval uni saralashda tasdiqlang.",
    duplicate_other_address: "Avvalgi soʻrov boshqa manzildan kelgan (faqat hisob qaydnomasi IDsi mos keldi): bu soʻrovni alohida qoldiring yoki uni oʻz asosi bilan rad eting.",
    appeal_only: "Bu shakl bilan faqat shikoyat boʻyicha qaror qabul qilinadi.",
    appeal_outcome_required: "Shikoyat qanoatlantirilganini yoki rad etilganini tanlang.",
    appeal_explanation_required: "Qarorni asoslang: qonun uning sabablarini yozma bayon qilishni talab qiladi.",
    appeal_explanation_too_long: `Asoslash koʻpi bilan ${num(5_000)} belgidan iborat boʻlishi mumkin.`,
    invalid_input: "Yuborilgan maʼlumotlarning bir qismi yaroqsiz. Sahifani yangilang va qaytadan urinib koʻring.",
    member_already: (p: Params) =>
      `${text(p.email, "Bu manzil")} allaqachon ${typeof p.portal === "string" ? `${quoteName(p.portal)} portalining` : "bu portalning"} xodimi: uning rolini roʻyxatda oʻzgartiring.`,
    member_not_found: "Bu shaxs bu portal xodimi emas.",
    member_role_required: "Rolni tanlang: kuzatuvchi, ijrochi yoki administrator.",
    last_admin: "Siz bu portalning oxirgi administratorisiz: rolingizdan voz kechish yoki portalni tark etishdan oldin boshqa xodimni administrator qiling.",
    contact_invalid: "Operator manzilini kiriting, masalan, privacy@example.com.",
    api_key_not_found: "Bu portalda bunday API kaliti yoʻq.",
    retention_basis_in_use: (p: Params) => {
      const bases = Array.isArray(p.bases) ? (p.bases as { key: string; label: string; uses: number }[]) : [];
      const tail = "Uni qoldiring yoki nomi va qonun moddasini tahrirlang.";
      if (bases.length === 0) return `Saqlangan yozuvlar tayanadigan saqlash asosini oʻchirib boʻlmaydi. ${tail}`;
      const list = bases.map((b) => `«${b.label}» (${b.key}) ${b.uses} ta saqlangan yozuvning asosi`);
      return `${list.join("; ")}, shuning uchun uni oʻchirib boʻlmaydi. ${tail}`;
    },
    webhook_url_refused: (p: Params) => `Bu URL veb-xuklarni qabul qila olmaydi${typeof p.reason === "string" ? ` (${p.reason})` : ""}: ochiq http(s) URL kiriting.`,
    webhook_events_required: "Yuborish uchun kamida bitta hodisani tanlang.",
    webhook_not_found: "Bu veb-xuk manzili endi mavjud emas.",
    webhook_delivery_not_found: "Bu yetkazish endi mavjud emas.",
    // Email intake (issue 14).
    triage_not_needed: "Bu soʻrov saralashni kutmayapti.",
    triage_type_not_offered: "Bu portal qabul qiladigan soʻrov turlaridan birini tanlang.",
    mailbox_password_required: "Pochta qutisining parolini kiriting: hozircha saqlangan parol yoʻq.",
    mailbox_not_found: "Bu portalga pochta qutisi ulanmagan.",
    // Authorized agents on the web form (issue 15).
    agent_authorization_pending: staffAgentForm.errors.pending,
    agent_authorization_declined: staffAgentForm.errors.declined,
    agent_consumer_not_confirmed: staffAgentForm.errors.notConfirmed,
    agent_already_reviewed: staffAgentForm.errors.alreadyReviewed,
    agent_not_agent_request: staffAgentForm.errors.notAgentRequest,
    // Authorized agents over DRP (issue 15).
    drp_agent_id_invalid: "Vakil identifikatori DRP katalogidagi bilan bir xil boʻladi: faqat katta lotin harflari va pastki chiziqlar, masalan, PERMISSION_SLIP.",
    drp_agent_name_required: "Vakilning nomini kiriting, koʻpi bilan 200 belgi.",
    drp_verify_key_invalid: "Tekshirish kaliti vakilning 32 baytli Ed25519 ochiq kaliti boʻlishi kerak: base64 (44 belgi) yoki hex (64) koʻrinishida.",
    drp_contact_too_long: "Aloqa maʼlumoti koʻpi bilan 200 belgidan iborat boʻlishi mumkin.",
    drp_agent_exists: "Bu identifikatorli vakil ushbu portalda allaqachon roʻyxatdan oʻtgan.",
    drp_agent_not_found: "Bunday vakil ushbu portalda roʻyxatdan oʻtmagan.",
    drp_token_not_found: "Bunday token ushbu portalda yoʻq yoki allaqachon bekor qilingan.",
    drp_business_id_invalid: "Tashkilot identifikatori koʻpi bilan 100 ta lotin harfi, raqam, pastki chiziq, defis yoki nuqtadan iborat boʻladi.",
    // The forms for members, API keys and webhooks (issue 16).
    member_email_invalid: "Elektron pochta manzilini kiriting, masalan name@example.com.",
    member_email_too_long: `Manzil koʻpi bilan ${num(254)} belgidan iborat boʻlishi mumkin.`,
    api_key_name_required: "Kalitga nom bering, masalan undan foydalanadigan tizimning nomini.",
    api_key_name_too_long: `Nom koʻpi bilan ${num(100)} belgidan iborat boʻlishi mumkin.`,
    api_key_scopes_required: "Kamida bitta huquqni tanlang.",
    api_key_scope_unknown: `Nomaʼlum huquq: quyidagilardan birini tanlang: ${API_KEY_SCOPES.join(", ")}.`,
    api_key_expiry_invalid: `Amal qilish muddati 1 dan ${num(MAX_API_KEY_DAYS)} gacha butun kunlar soni boʻlishi yoki boʻsh qolishi (muddatsiz) kerak.`,
    webhook_url_required: "Hodisalarni qabul qiladigan URL manzilini kiriting, masalan https://example.com/webhooks.",
    webhook_url_too_long: `URL koʻpi bilan ${num(2_000)} belgidan iborat boʻlishi mumkin.`,
    webhook_event_unknown: "Tanlangan hodisalardan biri bu tizim yuboradigan hodisa emas: sahifani yangilang va qaytadan tanlang.",
  },
} satisfies Messages["staffErrors"];
