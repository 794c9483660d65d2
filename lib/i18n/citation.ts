import type { Language } from "./languages";

/**
 * A provision as the engine cites it ("152-FZ art. 14(8)", "KVKK art. 13(3)"),
 * in the requester's language: each language's word for "article", its name for
 * the law where it has its own, and its "and" and "with".
 */
const WORDS: Record<Language, { article: (n: string, parts: string) => string; and: string; with: string; laws: Record<string, string> }> = {
  en: { article: (n, parts) => `art. ${n}${parts}`, and: "and", with: "with", laws: {} },
  ru: { article: (n, parts) => `ст. ${n}${parts}`, and: "и", with: "во взаимосвязи со", laws: { "152-FZ": "152-ФЗ", "ZRU-547": "ЗРУ-547" } },
  tr: { article: (n, parts) => `md. ${n}${parts}`, and: "ve", with: "ile birlikte", laws: {} },
  uz: { article: (n, parts) => `${n}${parts}-modda`, and: "va", with: "bilan birga", laws: { "ZRU-547": "OʻRQ-547" } },
};

export function localizeCitation(citation: string, language: Language): string {
  const words = WORDS[language];
  let text = citation
    .replaceAll(" with ", ` ${words.with} `)
    .replace(/\bart\. (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => words.article(n, parts));
  text = text.replace(/ and (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => ` ${words.and} ${language === "uz" ? words.article(n, parts) : `${n}${parts}`}`);
  text = text.replaceAll(" and ", ` ${words.and} `);
  for (const [law, name] of Object.entries(words.laws)) text = text.replaceAll(law, name);
  return text;
}
