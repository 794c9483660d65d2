import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AppealReceivedProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  /** The appeal's own reference. */
  reference: string;
  /** The decided request it appeals. */
  originalReference: string;
  /** YYYY-MM-DD: the statute's deadline for the appeal decision. */
  dueDate: string;
  statusUrl: string;
}

/** The appeal is in: its reference, what it appeals, and the date by which the decision is owed. */
export const appealReceivedEmail: EmailTemplate<AppealReceivedProps> = {
  name: "appeal-received",
  render({ portalName, contactEmail, reference, originalReference, dueDate, statusUrl }, language) {
    const m = messages(language);
    const t = m.appeals.emails.appealReceived;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName, originalReference) },
        {
          kind: "facts",
          rows: [
            [m.emails.acknowledgement.reference, reference],
            [m.appeals.status.appealOf, originalReference],
          ],
        },
        { kind: "paragraph", text: t.deadline(portalName, formatDay(dueDate, language)) },
        { kind: "button", label: m.emails.acknowledgement.button, url: statusUrl },
        { kind: "note", text: m.emails.acknowledgement.keepLink },
      ],
    });
  },
  preview: {
    portalName: "Blue Ridge Outfitters",
    contactEmail: "privacy@blueridge.example",
    reference: "BRO-7K4Q-9XWD",
    originalReference: "BRO-3M8P-2RTA",
    dueDate: "2026-03-06",
    statusUrl: "http://localhost:3000/p/blue-ridge/status?token=preview-token",
  },
};
