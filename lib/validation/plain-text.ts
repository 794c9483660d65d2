import { z } from "zod";

/**
 * Characters no free-text field accepts, because they change how the text
 * around them is shown or read rather than adding anything a person typed:
 * - control characters (Unicode Cc: NUL, escape, CR/LF in a one-line field…);
 * - bidi controls (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069): U+202E
 *   reversed the address shown beside a name on the staff pages (issue 8.11);
 * - U+2028/U+2029, line breaks by another name;
 * - invisible characters with no use in writing: zero-width space U+200B, word
 *   joiner U+2060 and U+FEFF (a byte-order mark mid-text); they make two
 *   different names look identical;
 * - lone surrogates (Cs), which are not text at all and cannot be stored as UTF-8.
 * Zero-width non-joiner and joiner (U+200C/U+200D) stay allowed: Persian and
 * Indic spellings need them, emoji sequences are built with them, and they
 * reorder nothing.
 */
const FORBIDDEN = "\\p{Cc}\\p{Cs}\\u061C\\u200B\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF";
const ONE_LINE = new RegExp(`[${FORBIDDEN}]`, "u");
/** Several lines may keep their line breaks (a browser sends CR LF) and tabs. */
const MULTI_LINE = new RegExp(`(?![\\t\\n\\r])[${FORBIDDEN}]`, "u");

export interface PlainTextOptions {
  /** Details, messages and answers: line breaks and tabs are allowed. */
  multiline?: boolean;
}

/** The first forbidden character in `value`, as "U+202E", or undefined when there is none. */
export function forbiddenCharacter(value: string, { multiline = false }: PlainTextOptions = {}): string | undefined {
  const found = (multiline ? MULTI_LINE : ONE_LINE).exec(value)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The one refinement every free-text field uses: `z.string().check(plainText("nameControlCharacter"))`. */
export function plainText(message: string, options: PlainTextOptions = {}) {
  return z.refine<string>((value) => forbiddenCharacter(value, options) === undefined, { message });
}

/** `value` with every forbidden character dropped: for text that arrives from outside (an email), not typed into a field that could refuse it. */
export function withoutForbidden(value: string, { multiline = false }: PlainTextOptions = {}): string {
  return value.replace(new RegExp((multiline ? MULTI_LINE : ONE_LINE).source, "gu"), "");
}
