/**
 * Hostile and unusual text for every public field, each with what a free-text
 * field must make of it: "ok" (it is text; markup in it is shown as text),
 * "bad" (a control, bidi or invisible character: refused by name), "long" or
 * "empty". `line` is for a one-line field (a name), `lines` for one that may
 * span lines (details, an answer).
 */
export type Verdict = "ok" | "bad" | "long" | "empty";

export interface Sample {
  label: string;
  value: string;
  line: Verdict;
  lines: Verdict;
  /** What a form post makes of it, where that differs: a lone surrogate is sent as U+FFFD. */
  form?: Verdict;
}

const ok = (label: string, value: string): Sample => ({ label, value, line: "ok", lines: "ok" });
const bad = (label: string, value: string, lines: Verdict = "bad"): Sample => ({ label, value, line: "bad", lines });

export const MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<b>bold</b>"];

export const CORPUS: Sample[] = [
  // One sample of every Unicode general category.
  ok("Lu uppercase letters", "ÅΩЖ"),
  ok("Ll lowercase letters", "åωж"),
  ok("Lt titlecase letter", "ǅ"),
  ok("Lm modifier letters (Uzbek oʻ)", "Oʻgʻiloy"),
  ok("Lo other letters (CJK, Arabic)", "中文 مرحبا"),
  ok("Mn combining accent", "Ame\u0301lie"),
  ok("Mc spacing mark (Devanagari)", "\u0915\u093E"),
  ok("Me enclosing mark", "A\u20DD"),
  ok("Nd Arabic-Indic digits", "\u0663\u0664"),
  ok("Nl Roman numeral", "Ⅻ"),
  ok("No vulgar fraction", "½²"),
  ok("Pc connector punctuation", "a‿b"),
  ok("Pd dash", "a—b"),
  ok("Ps/Pe brackets", "「a」"),
  ok("Pi/Pf quotes", "«a»"),
  ok("Po punctuation", "¿a?"),
  ok("Sm maths", "∑±"),
  ok("Sc currency", "₺₽€"),
  ok("Sk modifier symbol", "a˘"),
  ok("So emoji", "😀"),
  ok("Zs ideographic space", "a\u3000b"),
  bad("Zl line separator", "a\u2028b"),
  bad("Zp paragraph separator", "a\u2029b"),
  bad("Cc bell", "a\u0007b"),
  ok("Cf soft hyphen", "a\u00ADb"),
  { ...bad("Cs lone surrogate", "a\uD800b"), form: "ok" },
  ok("Co private use", "a\uE000b"),
  ok("Cn unassigned", "a\u0378b"),
  // Bidi and zero-width.
  bad("right-to-left override", "Ann\u202Emoc.elpmaxe"),
  bad("right-to-left isolate", "\u2067Ann"),
  bad("left-to-right mark", "Ann\u200E"),
  bad("Arabic letter mark", "Ann\u061C"),
  bad("zero-width space", "Ann\u200BLee"),
  bad("byte-order mark inside", "Ann\uFEFFLee"),
  ok("zero-width joiner in an emoji", "👩\u200D💻"),
  // Controls.
  bad("NUL", "Ann\u0000Lee"),
  bad("escape sequence", "\u001b[31mAnn"),
  bad("tab", "Ann\tLee", "ok"),
  bad("header injection with CR LF", "Ann\r\nBcc: victim@example.test", "ok"),
  bad("header injection with LF", "Ann\nSubject: hi", "ok"),
  // Markup and other interpreters' syntax: text like any other.
  ...MARKUP.map((value) => ok(`markup ${value}`, value)),
  ok("SQL", "' OR '1'='1' --"),
  ok("template syntax", "{{7*7}} ${7*7} %s%n"),
  // Sizes.
  { label: "201 characters", value: "x".repeat(201), line: "long", lines: "ok" },
  { label: "10,000 characters", value: "x".repeat(10_000), line: "long", lines: "long" },
  { label: "10,000 two-byte characters", value: "é".repeat(10_000), line: "long", lines: "long" },
  { label: "empty", value: "", line: "empty", lines: "empty" },
  { label: "only spaces", value: "   ", line: "empty", lines: "empty" },
];

/** The samples that try a field's handling rather than its text rules: for tokens, languages, portals and choices. */
export const HOSTILE = CORPUS.filter((s) =>
  ["NUL", "right-to-left override", "header injection with CR LF", "10,000 characters", "empty", "Lo other letters (CJK, Arabic)", "Cs lone surrogate"].includes(s.label) ||
  MARKUP.includes(s.value),
);
