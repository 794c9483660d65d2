import { renderEmail, STAFF_FOOTER } from "./layout";
import type { EmailTemplate } from "./template";

export interface StaffInvitationProps {
  portalName: string;
  role: "viewer" | "agent" | "admin";
  /** Who added them, so the invitation is recognisable and can be questioned. */
  invitedBy: string;
  /** The sign-in page; the member asks for their own link there, so this one carries no secret. */
  signInUrl: string;
}

const ROLE_WORK: Record<StaffInvitationProps["role"], string> = {
  viewer: "As a viewer you can read every request, the retention register and the audit log, and export them; you cannot change anything.",
  agent: "As an agent you work the request queue: verify, answer, extend, complete or reject requests, and record what was deleted or kept.",
  admin: "As an admin you also configure the portal: request types, deadlines, the retention catalogue and its staff.",
};

/** A staff member was added to a portal. Staff work in English; requesters get their own language. */
export const staffInvitationEmail: EmailTemplate<StaffInvitationProps> = {
  name: "staff-invitation",
  render({ portalName, role, invitedBy, signInUrl }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: `You have been added to ${portalName} on Rightsdesk`,
      heading: `Join the privacy team of ${portalName}`,
      footer: STAFF_FOOTER,
      blocks: [
        { kind: "paragraph", text: `${invitedBy} has added you to ${portalName}'s data-subject-rights workspace as ${role === "admin" || role === "agent" ? "an" : "a"} ${role}.` },
        { kind: "paragraph", text: ROLE_WORK[role] },
        { kind: "button", label: "Sign in", url: signInUrl },
        { kind: "paragraph", text: "Sign in with this email address: we will send you a link that signs you in." },
        { kind: "note", text: `If you did not expect this, ask ${invitedBy} about it, or ignore this email: nobody can sign in as you without access to this mailbox.` },
      ],
    });
  },
  preview: { portalName: "MOSERRA", role: "agent", invitedBy: "admin@rightsdesk.local", signInUrl: "http://localhost:3000/staff/sign-in" },
};
