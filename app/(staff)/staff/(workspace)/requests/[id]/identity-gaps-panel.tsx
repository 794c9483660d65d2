import type { DsrRequest, Portal } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { identityGaps } from "@/lib/requests/identity-gaps";

/** What KVKK or 152-FZ require in a request and this one (by email, from an agent) came without: staff obtain it before answering. */
export function IdentityGapsPanel({ request, portal, language }: { request: DsrRequest; portal: Pick<Portal, "regime">; language: Language }) {
  const gaps = identityGaps(portal, request);
  if (!gaps) return null;
  const t = messages(language).staffIdentity.missing;
  return (
    <section className="panel" aria-label={t.heading} data-identity-missing={gaps.missing.join(" ")}>
      <h2>{t.heading}</h2>
      <p>{t.text(t.laws[gaps.rule], gaps.missing.map((field) => t.fields[field]).join(", "))}</p>
    </section>
  );
}
