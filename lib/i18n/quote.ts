/**
 * An operator's name in guillemets, as Russian and Uzbek set names («Deepen»),
 * unless it already has quotation marks of its own: "UseGPT (ООО «Мобильный
 * маркетинг онлайн»)" is written as it is, never inside a second pair.
 */
export function quoteName(name: string): string {
  return /[«»"“”„']/.test(name) ? name : `«${name}»`;
}
