/**
 * Text as the classifier and the language guess compare it: lower case, NFC,
 * and every apostrophe Uzbek Latin is typed with (o‘ oʻ o’ o`) as a plain "'",
 * so "o‘chirish" and "o'chirish" are one word. Turkish "İ" lower-cases to "i"
 * with a combining dot, which is dropped: "İtiraz" is "itiraz".
 */
export function normalizeForMatching(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("und").replace(/i\u0307/g, "i").replace(/[‘’ʻʼ`´]/g, "'");
}

/** A word-start pattern: JavaScript's \b knows only ASCII letters, so Cyrillic and Turkish words need their own boundary. */
export function wordStart(stem: string): RegExp {
  return new RegExp(`(?<![\\p{L}'])${stem}`, "u");
}
