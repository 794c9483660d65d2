import type { InputHTMLAttributes } from "react";
import type { Membership } from "@/db/queries/staff";
import type { Messages } from "@/lib/i18n/catalogue";
import { identityRuleFor, type IdentityRule } from "@/lib/validation/request";

/** A one-line field: its label, and the input named as the request schema names it. */
function Field({ name, label, type = "text", ...rest }: { name: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type={type} {...rest} />
    </>
  );
}

/**
 * The identity details KVKK (Application Communiqué art. 5) and 152-FZ (art. 14(3))
 * require, one fieldset per law among the portals offered, each naming its portals:
 * the form works without JavaScript, and the server reads only the fields of the
 * chosen portal's law (lib/validation/request.ts), refusing each missing one.
 */
export function IdentityFields({ portals, t }: { portals: Pick<Membership, "name" | "regime">[]; t: Messages["staffIdentity"]["intake"] }) {
  const under = (rule: IdentityRule) =>
    portals
      .filter((p) => identityRuleFor(p.regime) === rule)
      .map((p) => p.name)
      .join(", ");
  const [kvkk, ru] = [under("kvkk"), under("152fz")];
  return (
    <>
      {kvkk && (
        <fieldset>
          <legend>{t.kvkkLegend(kvkk)}</legend>
          <p className="hint">{t.lead}</p>
          <fieldset>
            <legend>{t.citizenship}</legend>
            <label>
              <input type="radio" name="citizenship" value="tr" /> {t.citizenshipTr}
            </label>
            <label>
              <input type="radio" name="citizenship" value="foreign" /> {t.citizenshipForeign}
            </label>
          </fieldset>
          <Field name="tcIdentityNumber" label={t.tcIdentityNumber} inputMode="numeric" maxLength={11} />
          <Field name="nationality" label={t.nationality} />
          <Field name="foreignDocumentNumber" label={t.foreignDocumentNumber} />
          <Field name="noticeAddress" label={t.noticeAddress} />
          <Field name="phone" label={t.phone} type="tel" />
          <p className="hint">{t.subjectHint}</p>
        </fieldset>
      )}
      {ru && (
        <fieldset>
          <legend>{t.ruLegend(ru)}</legend>
          <p className="hint">{t.lead}</p>
          <Field name="documentNumber" label={t.documentNumber} />
          <Field name="documentIssuedOn" label={t.documentIssuedOn} type="date" />
          <Field name="documentIssuer" label={t.documentIssuer} />
          <Field name="signature" label={t.signature} />
          <label>
            <input type="checkbox" name="signatureConfirmed" /> {t.signatureConfirmed}
          </label>
          <p className="hint">{t.relationshipHint}</p>
        </fieldset>
      )}
    </>
  );
}
