import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AcknowledgementProps {
  portalName: string;
  reference: string;
  /** Already in the requester's language. */
  requestTypeLabel: string;
  /** YYYY-MM-DD in the portal's time zone. */
  dueDate: string;
  statusUrl: string;
}

/** Sent once the address is confirmed: the request is now with the operator and the deadline runs. */
export const acknowledgementEmail: EmailTemplate<AcknowledgementProps> = {
  name: "acknowledgement",
  render({ portalName, reference, requestTypeLabel, dueDate, statusUrl }, language) {
    const t = messages(language).emails.acknowledgement;
    return renderEmail({
      language,
      portalName,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "facts", rows: [[t.reference, reference], [t.type, requestTypeLabel]] },
        { kind: "paragraph", text: t.deadline(portalName, formatDay(dueDate, language)) },
        { kind: "subheading", text: t.nextHeading },
        { kind: "list", items: t.next },
        { kind: "button", label: t.button, url: statusUrl },
        { kind: "note", text: t.keepLink },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    reference: "MOS-7K4Q-9XWD",
    requestTypeLabel: "Delete my data",
    dueDate: "2026-03-02",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
