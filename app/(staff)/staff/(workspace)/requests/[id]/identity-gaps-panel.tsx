import type { DsrRequest, Portal } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { identityGaps, postableFields } from "@/lib/requests/identity-gaps";
import { identityFieldWords, identityLegends } from "../new/identity-fields";
import { IdentityGapsForm } from "./identity-gaps-form";

/**
 * What KVKK or 152-FZ require in a request and this one (by email, from an agent)
 * came without: staff obtain it from the requester and record it here, in the
 * fields manual intake uses. Under 152-FZ the name is asked for too, starting from
 * the one the request came with: the signature must match the name as signed.
 */
export function IdentityGapsPanel({ request, portal, canAct, language }: { request: DsrRequest; portal: Pick<Portal, "name" | "regime">; canAct: boolean; language: Language }) {
  const gaps = identityGaps(portal, request);
  if (!gaps) return null;
  const { staffIdentity, staffCase } = messages(language);
  const t = staffIdentity.missing;
  const postable = postableFields(gaps.rule, request);
  const asked = (field: "name" | "accountId" | "details") => (field === "name" ? postable.has(field) : gaps.missing.includes(field));
  const own = Object.fromEntries((["name", "accountId", "details"] as const).filter(asked).map((field) => [field, request[field] ?? ""]));
  const fields = identityFieldWords(staffIdentity.intake);
  return (
    <section className="panel" aria-label={t.heading} data-identity-missing={gaps.missing.join(" ")}>
      <h2>{t.heading}</h2>
      <p>{t.text(t.laws[gaps.rule], gaps.missing.map((field) => t.fields[field]).join(", "))}</p>
      {canAct && (
        <IdentityGapsForm
          requestId={request.id}
          legends={identityLegends([portal], staffIdentity.intake)}
          own={own}
          words={{ fields, name: gaps.rule === "152fz" ? t.signedName : staffCase.intake.name, account: staffCase.intake.account, details: staffCase.intake.details, submit: t.submit }}
        />
      )}
    </section>
  );
}
