import { renderEmail, STAFF_FOOTER } from "./layout";
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

/** Sent once per lockout of a member's password sign-in. Staff work in English. */
export const staffSignInLockoutEmail: EmailTemplate<StaffSignInLockoutProps> = {
  name: "staff-sign-in-lockout",
  render({ email, failures, pausedUntil, signInUrl }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: "Password sign-in paused after failed attempts",
      heading: "Someone entered a wrong password for your account",
      footer: STAFF_FOOTER,
      blocks: [
        { kind: "paragraph", text: `There were ${failures} sign-in attempts with a wrong password for ${email} in a short time, so password sign-in for this address is paused until ${pausedUntil}. Each further pause is longer.` },
        { kind: "paragraph", text: "If it was you, wait until then, or sign in with a link sent to this address, which still works." },
        { kind: "button", label: "Sign in with an emailed link", url: signInUrl },
        { kind: "note", text: "If it was not you, someone may be guessing your password: tell your Rightsdesk administrator, and do not use this password anywhere else." },
      ],
    });
  },
  preview: { email: "agent@rightsdesk.local", failures: 5, pausedUntil: "09:35 UTC", signInUrl: "http://localhost:3000/staff/sign-in" },
};
