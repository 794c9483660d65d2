import type { Membership } from "@/db/queries/staff";
import type { Messages } from "@/lib/i18n/catalogue";
import { identityRuleFor, type IdentityRule } from "@/lib/validation/request";

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
          <label htmlFor="tcIdentityNumber">{t.tcIdentityNumber}</label>
          <input id="tcIdentityNumber" name="tcIdentityNumber" type="text" inputMode="numeric" maxLength={11} />
          <label htmlFor="nationality">{t.nationality}</label>
          <input id="nationality" name="nationality" type="text" />
          <label htmlFor="foreignDocumentNumber">{t.foreignDocumentNumber}</label>
          <input id="foreignDocumentNumber" name="foreignDocumentNumber" type="text" />
          <label htmlFor="noticeAddress">{t.noticeAddress}</label>
          <input id="noticeAddress" name="noticeAddress" type="text" />
          <label htmlFor="phone">{t.phone}</label>
          <input id="phone" name="phone" type="tel" />
          <p className="hint">{t.subjectHint}</p>
        </fieldset>
      )}
      {ru && (
        <fieldset>
          <legend>{t.ruLegend(ru)}</legend>
          <p className="hint">{t.lead}</p>
          <label htmlFor="documentNumber">{t.documentNumber}</label>
          <input id="documentNumber" name="documentNumber" type="text" />
          <label htmlFor="documentIssuedOn">{t.documentIssuedOn}</label>
          <input id="documentIssuedOn" name="documentIssuedOn" type="date" />
          <label htmlFor="documentIssuer">{t.documentIssuer}</label>
          <input id="documentIssuer" name="documentIssuer" type="text" />
          <label htmlFor="signature">{t.signature}</label>
          <input id="signature" name="signature" type="text" />
          <label>
            <input type="checkbox" name="signatureConfirmed" /> {t.signatureConfirmed}
          </label>
          <p className="hint">{t.relationshipHint}</p>
        </fieldset>
      )}
    </>
  );
}
