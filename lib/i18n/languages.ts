/** Languages every page and email exists in. Uzbek is Latin script. */
export const LANGUAGES = ["en", "ru", "uz", "tr"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to speak: the requester's explicit choice, else the best
 * Accept-Language match among the portal's languages, else the portal default.
 */
export function pickLanguage(
  offered: readonly Language[],
  fallback: Language,
  { chosen, acceptLanguage }: { chosen?: string | null; acceptLanguage?: string | null },
): Language {
  if (isLanguage(chosen) && offered.includes(chosen)) return chosen;
  for (const tag of parseAcceptLanguage(acceptLanguage ?? "")) {
    const base = tag.split("-")[0]!;
    if (isLanguage(base) && offered.includes(base)) return base;
  }
  return fallback;
}

/**
 * The language of a requester page: as `pickLanguage` among the portal's
 * languages; for a slug of no portal (its "not found" page), among every
 * language, else English.
 */
export function requesterLanguage(
  portal: { languages: readonly Language[]; defaultLanguage: Language } | undefined,
  choice: { chosen?: string | null; acceptLanguage?: string | null },
): Language {
  return portal ? pickLanguage(portal.languages, portal.defaultLanguage, choice) : pickLanguage(LANGUAGES, "en", choice);
}

/** Language tags by descending quality; q=0 means "not this one". */
function parseAcceptLanguage(header: string): string[] {
  return header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag);
}
