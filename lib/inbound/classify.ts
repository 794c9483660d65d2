import type { RequestType } from "../deadlines";
import { normalizeForMatching, wordStart } from "./normalize";

/**
 * Word stems that name each request type in English, Russian (the 152-FZ
 * terms: уточнение, блокирование, уничтожение), Uzbek in Latin and Cyrillic
 * script (ZRU-547: o'chirish, to'xtatish) and Turkish (KVKK art. 11: silme,
 * düzeltme, itiraz). Each matches at the start of a word; a phrase may span
 * words. Appeals are not guessed: an appeal names the decision it appeals.
 */
const STEMS: Record<Exclude<RequestType, "appeal">, string[]> = {
  deletion: [
    "delet", "eras", "remove my", "close my account", "forget me", "forgotten",
    "удал", "стер", "стира", "уничтож",
    "o'chir", "yo'q qil",
    "ўчир", "йўқ қил",
    "sil", "imha", "yok et",
  ],
  access: [
    "access", "copy of my", "what data", "which data", "what personal data", "see my data",
    "доступ", "какие данные", "какие персональные данные", "копи", "сведени",
    "nusxa", "qanday ma'lumot", "ma'lumotlarimni ko'r",
    "нусха", "қандай маълумот",
    "erişim", "kopya", "hangi veri", "hangi kişisel veri",
  ],
  correction: [
    "correct", "rectif", "update my", "fix my", "wrong", "inaccurate",
    "исправ", "уточн", "неточн", "неверн",
    "tuzat", "o'zgartir", "yangila",
    "тузат", "ўзгартир", "янгила",
    "düzelt", "güncelle", "yanlış",
  ],
  restriction: [
    "restrict", "block", "freeze",
    "блокир", "огранич",
    "blokla", "bloklash", "chekla",
    "блокла", "чекла",
    "kısıtla", "engelle", "dondur",
  ],
  objection: [
    "object to", "objection", "oppose",
    "возраж",
    "e'tiroz",
    "эътироз",
    "itiraz",
  ],
  portability: [
    "portab", "machine-readable", "transfer my data", "export my",
    "перенос", "выгруз", "экспорт",
    "ko'chir", "eksport",
    "кўчир", "экспорт",
    "taşın", "aktar",
  ],
  "consent-withdrawal": [
    "withdraw my consent", "withdraw consent", "revoke my consent", "revoke consent",
    "отзыв согласия", "отозвать согласие", "отзываю согласие", "отзываю своё согласие", "отзываю свое согласие",
    "roziligimni qaytar", "rozilikni qaytar", "roziligimni bekor",
    "розилигимни қайтар", "розиликни қайтар",
    "rızamı geri", "onayımı geri", "rızanın geri",
  ],
  "stop-processing": [
    "stop processing", "stop using my",
    "прекратить обработку", "прекращения обработки", "прекратите обработку",
    "qayta ishlashni to'xtat", "ishlashni to'xtat",
    "қайта ишлашни тўхтат",
    "işlenmesini durdur", "işlemeyi durdur", "işlenmesinin durdurul",
  ],
  "notify-recipients": [
    "third parties", "recipients",
    "третьих лиц", "третьим лицам",
    "uchinchi shaxs",
    "учинчи шахс",
    "üçüncü kişi",
  ],
};

const PATTERNS = Object.entries(STEMS).map(([type, stems]) => ({ type: type as RequestType, patterns: stems.map(wordStart) }));

/** A subject says what the message is for more surely than its body, which may quote anything. */
const SUBJECT_WEIGHT = 2;

/**
 * The request type the message most likely asks for, among the portal's own
 * types: the one with most matching stems (the subject counting double); on a
 * tie, the first in the portal's list. Undefined when nothing matched, so staff
 * see that the type is a fallback, not a guess.
 */
export function classifyRequestType({ subject, text }: { subject: string; text: string }, offered: readonly RequestType[]): RequestType | undefined {
  const s = normalizeForMatching(subject);
  const t = normalizeForMatching(text);
  let best: { type: RequestType; score: number } | undefined;
  for (const type of offered) {
    const patterns = PATTERNS.find((p) => p.type === type)?.patterns ?? [];
    const score = patterns.reduce((sum, p) => sum + (p.test(s) ? SUBJECT_WEIGHT : 0) + (p.test(t) ? 1 : 0), 0);
    if (score > 0 && (!best || score > best.score)) best = { type, score };
  }
  return best?.type;
}
