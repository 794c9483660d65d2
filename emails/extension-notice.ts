import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface ExtensionNoticeProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** YYYY-MM-DD in the portal's time zone: the deadline before the extension. */
  previousDueDate: string;
  /** YYYY-MM-DD in the portal's time zone. */
  newDueDate: string;
  /** Why more time is needed, in the privacy team's words. */
  reason: string;
  statusUrl: string;
}

/** The notice the law asks for when the time to answer is extended: that it is, why, and the new date. */
export const extensionNoticeEmail: EmailTemplate<ExtensionNoticeProps> = {
  name: "extension-notice",
  render({ portalName, contactEmail, reference, previousDueDate, newDueDate, reason, statusUrl }, language) {
    const { acknowledgement, extension: t } = messages(language).emails;
    const newDay = formatDay(newDueDate, language);
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        {
          kind: "facts",
          rows: [
            [acknowledgement.reference, reference],
            [t.previousDueDate, formatDay(previousDueDate, language)],
            [t.newDueDate, newDay],
          ],
        },
        { kind: "subheading", text: t.reasonHeading },
        { kind: "paragraph", text: reason },
        { kind: "paragraph", text: t.newDate(portalName, newDay) },
        { kind: "button", label: acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    previousDueDate: "2026-03-02",
    newDueDate: "2026-04-01",
    reason: "Your data is spread over several project archives, and gathering it from all of them takes longer than usual.",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
