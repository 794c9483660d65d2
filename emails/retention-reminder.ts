import { formatDate, type IsoDate } from "../lib/deadlines/dates";
import { renderEmail, STAFF_FOOTER } from "./layout";
import type { EmailTemplate } from "./template";

export interface RetentionReminderProps {
  portalName: string;
  reference: string;
  category: string;
  /** The retention basis's label and statute, as the register shows them. */
  basis: string;
  statute: string;
  /** The last day the category could be kept: a date on the portal's calendar. */
  keepUntil: IsoDate;
  registerUrl: string;
}

/** To a portal's admins when a kept category's period has ended, then weekly until the purge is confirmed. Staff work in English. */
export const retentionReminderEmail: EmailTemplate<RetentionReminderProps> = {
  name: "retention-reminder",
  render({ portalName, reference, category, basis, statute, keepUntil, registerUrl }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: `Purge due: ${reference}, ${category}`,
      heading: "A retention period has ended",
      footer: STAFF_FOOTER,
      blocks: [
        { kind: "paragraph", text: `The period for ${category} of ${reference} under ${basis} ended on ${formatDate(keepUntil)}.` },
        { kind: "paragraph", text: "Purge it and confirm in the register. Until the purge is confirmed, this reminder comes back every week." },
        {
          kind: "facts",
          rows: [
            ["Portal", portalName],
            ["Request", reference],
            ["Data category", category],
            ["Kept under", `${basis} (${statute})`],
            ["Kept until", formatDate(keepUntil)],
          ],
        },
        { kind: "button", label: "Open the retention register", url: registerUrl },
      ],
    });
  },
  preview: {
    portalName: "UseGPT",
    reference: "UGP-7K4Q-9XWD",
    category: "payment records",
    basis: "Payment, refund and dispute records",
    statute: "Privacy policy §6.2 (at least 180 days from the last payment)",
    keepUntil: "2026-09-01",
    registerUrl: "http://localhost:3000/staff/retention?portal=usegpt",
  },
};
