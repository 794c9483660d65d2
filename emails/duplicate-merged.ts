import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface DuplicateMergedProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  /** The request that closes. */
  reference: string;
  /** The earlier request that stands. */
  standingReference: string;
  /** The standing request's status page (a merge is only ever between requests from one address). */
  standingStatusUrl: string;
}

/** Two requests asked for the same thing: which reference stands, and that the later one is closed. */
export const duplicateMergedEmail: EmailTemplate<DuplicateMergedProps> = {
  name: "duplicate-merged",
  render({ portalName, contactEmail, reference, standingReference, standingStatusUrl }, language) {
    const m = messages(language);
    const t = m.appeals.emails.duplicateMerged;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.body(reference, standingReference) },
        { kind: "facts", rows: [[m.appeals.status.mergedInto, standingReference]] },
        { kind: "paragraph", text: t.stands(standingReference, reference) },
        { kind: "button", label: m.emails.acknowledgement.button, url: standingStatusUrl },
      ],
    });
  },
  preview: {
    portalName: "Deepen",
    contactEmail: "privacy@blueridge.example",
    reference: "DEE-7K4Q-9XWD",
    standingReference: "DEE-3M8P-2RTA",
    standingStatusUrl: "http://localhost:3000/p/deepen/status?token=preview-token",
  },
};
