/**
 * A catalogue text with `{name}` slots, filled in. Client components get their
 * words as props, which cannot carry functions, so the texts they complete
 * themselves (a row's number, a label typed a moment ago) are templates.
 * A slot with no value is left as it is, so a missing value shows instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
}
