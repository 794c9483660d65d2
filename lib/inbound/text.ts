import { withoutForbidden } from "../validation/plain-text";

/** The most of a message's text kept on the request: a request letter, not an archive of quoted threads. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * A message's text as staff read it: the plain text mailparser gives (made
 * from the HTML part when there is no text part, so no markup is ever kept),
 * without the characters no free-text field accepts (lib/validation/plain-text.ts),
 * with at most one blank line in a row, trimmed and cut at `max` characters.
 */
export function sanitizeText(text: string | undefined, max = MAX_TEXT_CHARS): string {
  const clean = withoutForbidden((text ?? "").normalize("NFC").replace(/\r\n?/g, "\n"), { multiline: true })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A subject on one line, at most 300 characters. */
export function sanitizeSubject(subject: string | undefined): string {
  return sanitizeText(subject?.replace(/\s+/g, " "), 300);
}

/**
 * A reply without the message it quotes: the lines mail clients prefix with
 * ">", and everything after the "On … wrote:" line that introduces them.
 */
export function withoutQuote(text: string): string {
  const lines = text.split("\n");
  const quoted = (i: number) => (lines[i] ?? "").startsWith(">");
  const intro = lines.findIndex((line, i) => /:\s*$/.test(line) && (quoted(i + 1) || (lines[i + 1] === "" && quoted(i + 2))));
  return (intro >= 0 ? lines.slice(0, intro) : lines)
    .filter((line) => !line.startsWith(">"))
    .join("\n")
    .trim();
}
