import type { Portal } from "@/db/schema";
import { confirmContactAction } from "../actions";

/**
 * The operator's contact address, which every portal page and requester email
 * names. A placeholder (MOSERRA's policy lost its own address) is flagged until
 * an admin confirms or corrects it. A refused address comes back as
 * `?error=contact_invalid`, which the page's alerts word.
 */
export function ContactPanel({ portal, confirmed }: { portal: Portal; confirmed: boolean }) {
  return (
    <form action={confirmContactAction} className="panel inline-form">
      <input type="hidden" name="portal" value={portal.slug} />
      <h2>Operator contact</h2>
      {!portal.contactEmailConfirmed && (
        // Shown on every visit until confirmed, so not announced as a live alert.
        <p className="form-error" data-placeholder-contact>
          {portal.contactEmail} is a placeholder: the operator&apos;s policy does not give a usable address. Requesters see it on every page
          and in every email, so confirm it or enter the right one.
        </p>
      )}
      {confirmed && (
        <p role="status" className="notice">
          The contact address is confirmed.
        </p>
      )}
      <label htmlFor="contactEmail">Contact address shown to requesters</label>
      <input id="contactEmail" name="contactEmail" type="email" required maxLength={254} defaultValue={portal.contactEmail} />
      <button type="submit">{portal.contactEmailConfirmed ? "Save the contact address" : "Confirm the contact address"}</button>
    </form>
  );
}
