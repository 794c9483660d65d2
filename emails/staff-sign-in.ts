import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
import type { EmailTemplate } from "./template";

export interface StaffSignInProps {
  /** Our confirmation page, which carries the Auth.js callback: opening it signs nobody in. */
  confirmUrl: string;
  expiresInMinutes: number;
}

/** The staff magic link, in the member's language. */
export const staffSignInEmail: EmailTemplate<StaffSignInProps> = {
  name: "staff-sign-in",
  render({ confirmUrl, expiresInMinutes }, language) {
    const t = messages(language).staffEmails.signIn;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject,
      heading: t.subject,
      footer: staffFooter(language),
      blocks: [
        { kind: "paragraph", text: t.intro },
        { kind: "button", label: t.button, url: confirmUrl },
        { kind: "paragraph", text: t.expires(expiresInMinutes) },
        { kind: "note", text: t.ignore },
      ],
    });
  },
  preview: { confirmUrl: "http://localhost:3000/staff/sign-in/confirm?callback=preview", expiresInMinutes: 15 },
};
