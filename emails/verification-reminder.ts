import { messages } from "../lib/i18n/catalogue";
import { PURGE_UNVERIFIED_AFTER_DAYS } from "../lib/verification";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";
import type { VerificationProps } from "./verification";

export type VerificationReminderProps = VerificationProps;

/** The one reminder for an unverified request, with a fresh link. */
export const verificationReminderEmail: EmailTemplate<VerificationReminderProps> = {
  name: "verification-reminder",
  render({ portalName, contactEmail, verifyUrl, expiresInHours }, language) {
    const { verification, verificationReminder: t } = messages(language).emails;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "paragraph", text: t.deletion(PURGE_UNVERIFIED_AFTER_DAYS) },
        { kind: "paragraph", text: t.freshLink },
        { kind: "button", label: verification.button, url: verifyUrl },
        { kind: "paragraph", text: verification.expires(expiresInHours) },
        { kind: "note", text: verification.ignore },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-reminder-token",
    expiresInHours: 24,
  },
};
