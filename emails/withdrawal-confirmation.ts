import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface WithdrawalConfirmationProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
}

/** Confirms a withdrawal made on the status page, so the requester has it in writing. */
export const withdrawalConfirmationEmail: EmailTemplate<WithdrawalConfirmationProps> = {
  name: "withdrawal-confirmation",
  render({ portalName, contactEmail, reference }, language) {
    const t = messages(language).emails.withdrawal;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.body(portalName, reference) },
        { kind: "paragraph", text: t.newRequest },
      ],
    });
  },
  preview: { portalName: "Moserra", contactEmail: "info@moserra.com", reference: "MOS-7K4Q-9XWD" },
};
