import type { DsrRequest, Portal } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { identityGaps } from "@/lib/requests/identity-gaps";
import { IdentityFields } from "../new/identity-fields";
import { recordIdentityAction } from "./actions";

/**
 * What KVKK or 152-FZ require in a request and this one (by email, from an agent)
 * came without: staff obtain it from the requester and record it here, in the
 * fields manual intake uses.
 */
export function IdentityGapsPanel({ request, portal, canAct, language }: { request: DsrRequest; portal: Pick<Portal, "name" | "regime">; canAct: boolean; language: Language }) {
  const gaps = identityGaps(portal, request);
  if (!gaps) return null;
  const { staffIdentity, staffCase } = messages(language);
  const t = staffIdentity.missing;
  const own = staffCase.intake;
  const blank = (field: "name" | "accountId" | "details") => gaps.missing.includes(field);
  return (
    <section className="panel" aria-label={t.heading} data-identity-missing={gaps.missing.join(" ")}>
      <h2>{t.heading}</h2>
      <p>{t.text(t.laws[gaps.rule], gaps.missing.map((field) => t.fields[field]).join(", "))}</p>
      {canAct && (
        <form action={recordIdentityAction} className="inline-form">
          <input type="hidden" name="id" value={request.id} />
          {blank("name") && (
            <>
              <label htmlFor="identity-name">{own.name}</label>
              <input id="identity-name" name="name" type="text" />
            </>
          )}
          {blank("accountId") && (
            <>
              <label htmlFor="identity-accountId">{own.account}</label>
              <input id="identity-accountId" name="accountId" type="text" />
            </>
          )}
          {blank("details") && (
            <>
              <label htmlFor="identity-details">{own.details}</label>
              <textarea id="identity-details" name="details" rows={3} />
            </>
          )}
          <IdentityFields portals={[portal]} t={staffIdentity.intake} />
          <button type="submit">{t.submit}</button>
        </form>
      )}
    </section>
  );
}
