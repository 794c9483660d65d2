import type { RequestType } from "../lib/deadlines";
import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";

/** What a staff reminder says about its request, first among its facts, in the recipient's language. */
export function staffRequestFacts(language: Language, { reference, portalName, type, due }: { reference: string; portalName: string; type: RequestType; due: string }) {
  const { staff, staffEmails } = messages(language);
  return [
    [staffEmails.facts.reference, reference],
    [staffEmails.facts.portal, portalName],
    [staffEmails.facts.type, staff.types[type]],
    [staffEmails.facts.due, due],
  ] as const;
}
