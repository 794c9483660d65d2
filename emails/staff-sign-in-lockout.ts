import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
import type { EmailTemplate } from "./template";

export interface StaffSignInLockoutProps {
  email: string;
  /** Wrong passwords that led to this pause. */
  failures: number;
  /** When password sign-in opens again, as the member should read it ("09:35 UTC"). */
  pausedUntil: string;
  /** The sign-in page, where the member can ask for an emailed link meanwhile: no secret in it. */
  signInUrl: string;
}

/** Sent once per lockout of a member's password sign-in, in the member's language. */
export const staffSignInLockoutEmail: EmailTemplate<StaffSignInLockoutProps> = {
  name: "staff-sign-in-lockout",
  render({ email, failures, pausedUntil, signInUrl }, language) {
    const t = messages(language).staffEmails.lockout;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject,
      heading: t.heading,
      footer: staffFooter(language),
      blocks: [
        { kind: "paragraph", text: t.what(failures, email, pausedUntil) },
        { kind: "paragraph", text: t.ifYou },
        { kind: "button", label: t.button, url: signInUrl },
        { kind: "note", text: t.ifNotYou },
      ],
    });
  },
  preview: { email: "agent@rightsdesk.local", failures: 5, pausedUntil: "09:35 UTC", signInUrl: "http://localhost:3000/staff/sign-in" },
};
