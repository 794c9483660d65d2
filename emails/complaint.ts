import type { ComplaintRoute } from "../lib/appeals/rights";
import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";
import type { Block } from "./layout";

/** Where to complain, in the requester's words: the Attorney General after a US appeal, the supervisory authority under GDPR-style laws. */
export function complaintBlocks(route: ComplaintRoute, language: Language): Block[] {
  const t = messages(language).appeals.complaint;
  const sentence = route.kind === "attorney-general" ? t.attorneyGeneral(route.authority) : t.supervisory(route.authority);
  return [
    { kind: "paragraph", text: route.phone ? `${sentence} ${t.phone(route.phone)}` : sentence },
    { kind: "button", label: t.link, url: route.url },
  ];
}
