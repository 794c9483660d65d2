import type { Messages } from "../i18n/catalogue";
import { fill } from "../i18n/fill";

/** The words of the settings form's refusals, in one language. */
export type IssueWords = Messages["staffSettings"]["form"]["errors"];
export type IssueKey = Exclude<keyof IssueWords, "what" | "blank" | "parts">;

/** An issue's values; `what`, `blank` and `missing` name words of the catalogue, the rest are shown as they are. */
export interface IssueValues {
  what?: keyof IssueWords["what"];
  blank?: keyof IssueWords["blank"];
  missing?: keyof IssueWords["parts"];
  [slot: string]: string | number | undefined;
}

const PREFIX = "settings-issue:";

/**
 * A refusal of the settings schema, as its key and values: zod carries one
 * message string, and the same schema runs in the browser and on the server,
 * so neither can word it in the reader's language there; the form does (`issueText`).
 */
export function issue(key: IssueKey, values: IssueValues = {}): string {
  return `${PREFIX}${JSON.stringify([key, values])}`;
}

/** The words for a schema issue; any other text (a refusal the server worded, the deadline engine's) as it came. */
export function issueText(message: string, words: IssueWords): string {
  if (!message.startsWith(PREFIX)) return message;
  const [key, values] = JSON.parse(message.slice(PREFIX.length)) as [IssueKey, IssueValues];
  const template = words[key];
  if (typeof template !== "string") return message;
  const slots = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
  return fill(template, {
    ...slots,
    ...(values.what && { what: words.what[values.what] }),
    ...(values.missing && { missing: words.parts[values.missing] }),
    blank: values.blank ? words.blank[values.blank] : "",
  });
}
