import type { IsoDate } from "../lib/deadlines/dates";
import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
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

/**
 * To a portal's admins, each in their language, when a kept category's period
 * has ended, then weekly until the purge is confirmed. The category, basis and
 * statute are the portal's own words, as the register shows them.
 */
export const retentionReminderEmail: EmailTemplate<RetentionReminderProps> = {
  name: "retention-reminder",
  render({ portalName, reference, category, basis, statute, keepUntil, registerUrl }, language) {
    const { day, retention: t } = messages(language).staffEmails;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject(reference, category),
      heading: t.heading,
      footer: staffFooter(language),
      blocks: [
        { kind: "paragraph", text: t.ended(category, reference, basis, day(keepUntil)) },
        { kind: "paragraph", text: t.purge },
        {
          kind: "facts",
          rows: [
            [t.facts.portal, portalName],
            [t.facts.request, reference],
            [t.facts.category, category],
            [t.facts.keptUnder, `${basis} (${statute})`],
            [t.facts.keptUntil, day(keepUntil)],
          ],
        },
        { kind: "button", label: t.button, url: registerUrl },
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
