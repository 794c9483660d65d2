import type { Language } from "../i18n/languages";
import { normalizeForMatching, wordStart } from "./normalize";

/** Letters only Uzbek Cyrillic has; Russian text has none of them. */
const UZBEK_CYRILLIC = /[ўқғҳ]/u;
/** Letters Turkish has and Uzbek Latin and English do not. */
const TURKISH_LETTERS = /[çğış]/u;

/** Common words, each a strong hint of one language written in Latin script. */
const LATIN_WORDS: Record<"en" | "uz" | "tr", string[]> = {
  en: ["the ", "and ", "please", "my ", "data", "account", "delete", "request", "would like", "hello", "thank"],
  uz: ["va ", "uchun", "iltimos", "mening", "ma'lumot", "hisob", "o'chir", "qaydnoma", "so'rov", "men ", "salom", "rahmat", "bilan"],
  tr: ["ve ", "bir ", "için", "lütfen", "veriler", "hesab", "kişisel", "talep", "merhaba", "teşekkür", "ile "],
};
const LATIN = Object.entries(LATIN_WORDS).map(([language, words]) => ({ language: language as "en" | "uz" | "tr", patterns: words.map(wordStart) }));

/**
 * The language a message is written in, to answer in it: Cyrillic is Russian
 * unless it has Uzbek letters (ў қ ғ ҳ), in which case it is Uzbek (answered in
 * the Latin script the catalogue uses, ZRU-547's official one); Latin script is
 * English, Uzbek or Turkish by its letters and common words. A language the
 * portal does not offer, or no guess at all, falls back to the portal's default.
 */
export function guessLanguage(text: string, { offered, fallback }: { offered: readonly Language[]; fallback: Language }): Language {
  const guess = guessAny(normalizeForMatching(text));
  return guess && offered.includes(guess) ? guess : fallback;
}

function guessAny(text: string): Language | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return undefined;
  if (cyrillic > latin) return UZBEK_CYRILLIC.test(text) ? "uz" : "ru";
  const padded = ` ${text.replace(/\s+/g, " ")} `;
  const scores = LATIN.map(({ language, patterns }) => ({ language, score: patterns.filter((p) => p.test(padded)).length + (language === "tr" && TURKISH_LETTERS.test(text) ? 2 : 0) }));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  return best.score > 0 ? best.language : undefined;
}
