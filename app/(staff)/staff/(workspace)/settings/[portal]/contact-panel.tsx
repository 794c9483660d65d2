import type { Portal } from "@/db/schema";
import type { Messages } from "@/lib/i18n/catalogue";
import { confirmContactAction } from "../actions";

/**
 * The operator's contact address, which every portal page and requester email
 * names. A placeholder (MOSERRA's policy lost its own address) is flagged until
 * an admin confirms or corrects it. A refused address comes back as
 * `?error=contact_invalid`, which the page's alerts word.
 */
export function ContactPanel({ portal, confirmed, t }: { portal: Portal; confirmed: boolean; t: Messages["staffSettings"]["contact"] }) {
  return (
    <form action={confirmContactAction} className="panel inline-form">
      <input type="hidden" name="portal" value={portal.slug} />
      <h2>{t.heading}</h2>
      {!portal.contactEmailConfirmed && (
        // Shown on every visit until confirmed, so not announced as a live alert.
        <p className="form-error" data-placeholder-contact>
          {t.placeholder(portal.contactEmail)}
        </p>
      )}
      {confirmed && (
        <p role="status" className="notice">
          {t.confirmed}
        </p>
      )}
      <label htmlFor="contactEmail">{t.label}</label>
      <input id="contactEmail" name="contactEmail" type="email" required maxLength={254} defaultValue={portal.contactEmail} />
      <button type="submit">{portal.contactEmailConfirmed ? t.save : t.confirm}</button>
    </form>
  );
}
