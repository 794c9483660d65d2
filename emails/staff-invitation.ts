import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
import type { EmailTemplate } from "./template";

export interface StaffInvitationProps {
  portalName: string;
  role: "viewer" | "agent" | "admin";
  /** Who added them, so the invitation is recognisable and can be questioned; null for an admin without a name or address. */
  invitedBy: string | null;
  /** The sign-in page; the member asks for their own link there, so this one carries no secret. */
  signInUrl: string;
}

/** A staff member was added to a portal; in the invitee's language if they have one, else the inviter's. */
export const staffInvitationEmail: EmailTemplate<StaffInvitationProps> = {
  name: "staff-invitation",
  render({ portalName, role, invitedBy, signInUrl }, language) {
    const t = messages(language).staffEmails.invitation;
    const by = invitedBy ?? t.anAdmin;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject(portalName),
      heading: t.heading(portalName),
      footer: staffFooter(language),
      blocks: [
        { kind: "paragraph", text: t.added[role](by, portalName) },
        { kind: "paragraph", text: t.work[role] },
        { kind: "button", label: t.button, url: signInUrl },
        { kind: "paragraph", text: t.how },
        { kind: "note", text: t.unexpected(by) },
      ],
    });
  },
  preview: { portalName: "MOSERRA", role: "agent", invitedBy: "admin@rightsdesk.local", signInUrl: "http://localhost:3000/staff/sign-in" },
};
