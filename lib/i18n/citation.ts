import type { Language } from "./languages";

/**
 * A provision as the engine cites it ("152-FZ art. 14(8)", "KVKK art. 13(3)"),
 * in the requester's language: each language's word for "article", its name for
 * the law where it has its own, and its "and" and "with".
 */
const WORDS: Record<Language, { article: (n: string, parts: string) => string; and: string; with: string; laws: Record<string, string> }> = {
  en: { article: (n, parts) => `art. ${n}${parts}`, and: "and", with: "with", laws: {} },
  ru: { article: (n, parts) => `ст. ${n}${parts}`, and: "и", with: "во взаимосвязи со", laws: {} },
  tr: { article: (n, parts) => `md. ${n}${parts}`, and: "ve", with: "ile birlikte", laws: {} },
  uz: { article: (n, parts) => `${n}${parts}-modda`, and: "va", with: "bilan birga", laws: { "ZRU-547": "OʻRQ-547" } },
};

export function localizeCitation(citation: string, language: Language): string {
  if (language === "ru" && Object.keys(RU_LAWS).some((law) => citation.startsWith(`${law} `))) return russianCitation(citation);
  const words = WORDS[language];
  let text = citation
    .replaceAll(" with ", ` ${words.with} `)
    .replace(/\bart\. (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => words.article(n, parts));
  text = text.replace(/ and (\d+)((?:\([^)]*\))*)/g, (_, n: string, parts: string) => ` ${words.and} ${language === "uz" ? words.article(n, parts) : `${n}${parts}`}`);
  text = text.replaceAll(" and ", ` ${words.and} `);
  for (const [law, name] of Object.entries(words.laws)) text = text.replaceAll(law, name);
  return text;
}

/** Laws whose articles have parts (части) and items (пункты), as Russian legal writing counts them, in the genitive. */
const RU_LAWS: Record<string, string> = { "152-FZ": "Федерального закона № 152-ФЗ", "ZRU-547": "Закона № ЗРУ-547" };

/**
 * 152-FZ and ZRU-547 in Russian legal style: from the smallest unit up, the law
 * last. "152-FZ art. 14(8)(4)" is «п. 4 ч. 8 ст. 14 Федерального закона № 152-ФЗ», "art. 14(4)–(6)"
 * «ч. 4–6 ст. 14», "art. 6(1)(2)–(11)" «пп. 2–11 ч. 1 ст. 6».
 */
function russianCitation(citation: string): string {
  const [law, ...rest] = citation.split(" ");
  const provisions = rest
    .join(" ")
    .replaceAll(" with ", " во взаимосвязи с ")
    .replaceAll(" and ", " и ")
    .replace(/(?:art\. )?(\d+)((?:\(\d+\))+)?(?:–\((\d+)\))?/g, (_, n: string, parts: string | undefined, to: string | undefined) => {
      const [part, item] = [...(parts ?? "").matchAll(/\((\d+)\)/g)].map((m) => m[1]!);
      const upTo = (first: string) => (to ? `${first}–${to}` : first);
      if (part === undefined) return `ст. ${n}`;
      if (item === undefined) return `ч. ${upTo(part)} ст. ${n}`;
      return `${to ? "пп." : "п."} ${upTo(item)} ч. ${part} ст. ${n}`;
    });
  return `${provisions} ${RU_LAWS[law!]}`;
}
