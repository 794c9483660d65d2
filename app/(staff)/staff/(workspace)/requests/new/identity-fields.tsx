import type { InputHTMLAttributes } from "react";
import type { Membership } from "@/db/queries/staff";
import type { Messages } from "@/lib/i18n/catalogue";
import { identityRuleFor, type IdentityRule } from "@/lib/validation/request";

type IdentityWords = Messages["staffIdentity"]["intake"];
/** The fields' words without the legends, which name the portals: plain strings, so a client form can take them. */
export type IdentityFieldWords = Omit<IdentityWords, "kvkkLegend" | "ruLegend">;
/** The fields' words alone: plain strings, which a client form can take (the legends are functions, see `identityLegends`). */
export function identityFieldWords(t: IdentityWords): IdentityFieldWords {
  return Object.fromEntries(Object.entries(t).filter(([, text]) => typeof text === "string")) as IdentityFieldWords;
}

/** Each law's fieldset legend, present only when one of the portals offered is under that law. */
export interface IdentityLegends {
  kvkk?: string;
  ru?: string;
}

/** What a refused post sent, and each field's refusal, so the fields show them again. */
export interface FieldState {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string[]>;
}

/** A field and its refusal, if any; `rows` makes it a multi-line one. */
type FieldProps = { name: string; label: string; error?: string } & ({ rows: number; defaultValue?: string } | InputHTMLAttributes<HTMLInputElement>);

/** A field: its label, the control named as the request schema names it, and its refusal under it. */
export function Field({ name, label, error, ...control }: FieldProps) {
  const described = { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${name}-error` : undefined };
  return (
    <>
      <label htmlFor={name}>{label}</label>
      {"rows" in control ? <textarea id={name} name={name} {...described} {...control} /> : <input id={name} name={name} type="text" {...described} {...control} />}
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** The legend of each law among `portals`, naming its portals. */
export function identityLegends(portals: Pick<Membership, "name" | "regime">[], t: IdentityWords): IdentityLegends {
  const under = (rule: IdentityRule) =>
    portals
      .filter((p) => identityRuleFor(p.regime) === rule)
      .map((p) => p.name)
      .join(", ");
  const [kvkk, ru] = [under("kvkk"), under("152fz")];
  return { ...(kvkk ? { kvkk: t.kvkkLegend(kvkk) } : {}), ...(ru ? { ru: t.ruLegend(ru) } : {}) };
}

/**
 * The identity details KVKK (Application Communiqué art. 5) and 152-FZ (art. 14(3))
 * require, one fieldset per law among the portals offered (`identityLegends`): the
 * form works without JavaScript, and the server reads only the fields of the
 * chosen portal's law (lib/validation/request.ts), refusing each missing one.
 */
export function IdentityFields({ legends, t, state = {} }: { legends: IdentityLegends; t: IdentityFieldWords; state?: FieldState }) {
  const { values = {}, fieldErrors = {} } = state;
  const field = (name: keyof typeof t & string) => ({ name, label: t[name], defaultValue: values[name], error: fieldErrors[name]?.[0] });
  const refusal = (name: string) =>
    fieldErrors[name] && (
      <p id={`${name}-error`} className="field-error">
        {fieldErrors[name][0]}
      </p>
    );
  return (
    <>
      {legends.kvkk && (
        <fieldset>
          <legend>{legends.kvkk}</legend>
          <p className="hint">{t.lead}</p>
          <fieldset aria-invalid={fieldErrors.citizenship ? true : undefined} aria-describedby={fieldErrors.citizenship ? "citizenship-error" : undefined}>
            <legend>{t.citizenship}</legend>
            <label>
              <input type="radio" name="citizenship" value="tr" defaultChecked={values.citizenship === "tr"} /> {t.citizenshipTr}
            </label>
            <label>
              <input type="radio" name="citizenship" value="foreign" defaultChecked={values.citizenship === "foreign"} /> {t.citizenshipForeign}
            </label>
            {refusal("citizenship")}
          </fieldset>
          <Field {...field("tcIdentityNumber")} inputMode="numeric" maxLength={11} />
          <Field {...field("nationality")} />
          <Field {...field("foreignDocumentNumber")} />
          <Field {...field("noticeAddress")} />
          <Field {...field("phone")} type="tel" />
          <p className="hint">{t.subjectHint}</p>
        </fieldset>
      )}
      {legends.ru && (
        <fieldset>
          <legend>{legends.ru}</legend>
          <p className="hint">{t.lead}</p>
          <Field {...field("documentNumber")} />
          <Field {...field("documentIssuedOn")} type="date" />
          <Field {...field("documentIssuer")} />
          <Field {...field("signature")} />
          <label>
            <input
              type="checkbox"
              name="signatureConfirmed"
              defaultChecked={values.signatureConfirmed === "on"}
              aria-invalid={fieldErrors.signatureConfirmed ? true : undefined}
              aria-describedby={fieldErrors.signatureConfirmed ? "signatureConfirmed-error" : undefined}
            />{" "}
            {t.signatureConfirmed}
          </label>
          {refusal("signatureConfirmed")}
          <p className="hint">{t.relationshipHint}</p>
        </fieldset>
      )}
    </>
  );
}
