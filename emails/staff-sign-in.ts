import { renderEmail, STAFF_FOOTER } from "./layout";
import type { EmailTemplate } from "./template";

export interface StaffSignInProps {
  /** Our confirmation page, which carries the Auth.js callback: opening it signs nobody in. */
  confirmUrl: string;
  expiresInMinutes: number;
}

/** The staff magic link. Staff work in English; requesters get their own language. */
export const staffSignInEmail: EmailTemplate<StaffSignInProps> = {
  name: "staff-sign-in",
  render({ confirmUrl, expiresInMinutes }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: "Sign in to Rightsdesk",
      heading: "Sign in to Rightsdesk",
      footer: STAFF_FOOTER,
      blocks: [
        { kind: "paragraph", text: "Open the link and press the button to sign in to the privacy team's workspace." },
        { kind: "button", label: "Sign in", url: confirmUrl },
        { kind: "paragraph", text: `The link works once, for ${expiresInMinutes} minutes.` },
        { kind: "note", text: "If you did not ask to sign in, ignore this email: nobody can sign in without the link." },
      ],
    });
  },
  preview: { confirmUrl: "http://localhost:3000/staff/sign-in/confirm?callback=preview", expiresInMinutes: 15 },
};
