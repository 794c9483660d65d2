import type { Language } from "./languages";

/**
 * A provision as the engine cites it ("152-FZ art. 14(8)", "KVKK art. 13(3)"),
 * in the requester's language: each language's word for "article", its name for
 * the law where it has its own, and its "and".
 */
const WORDS: Record<Language, { article: (n: string, parts: string) => string; and: string; laws: Record<string, string>; policy: string }> = {
  en: { article: (n, parts) => `art. ${n}${parts}`, and: "and", laws: {}, policy: "the operator's policy" },
  ru: { article: (n, parts) => `ст. ${n}${parts}`, and: "и", laws: { "152-FZ": "152-ФЗ", "ZRU-547": "ЗРУ-547" }, policy: "политика оператора" },
  tr: { article: (n, parts) => `md. ${n}${parts}`, and: "ve", laws: {}, policy: "veri sorumlusunun politikası" },
  uz: { article: (n, parts) => `${n}${parts}-modda`, and: "va", laws: { "ZRU-547": "OʻRQ-547" }, policy: "operator siyosati" },
};

export function localizeCitation(citation: string, language: Language): string {
  const words = WORDS[language];
  if (citation === "the operator's policy") return words.policy;
  let text = citation.replace(/\bart\. (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => words.article(n, parts));
  text = text.replace(/ and (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => ` ${words.and} ${language === "uz" ? words.article(n, parts) : `${n}${parts}`}`);
  for (const [law, name] of Object.entries(words.laws)) text = text.replaceAll(law, name);
  return text;
}
