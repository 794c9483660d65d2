import { messages } from "../lib/i18n/catalogue";
import { PURGE_UNVERIFIED_AFTER_DAYS } from "../lib/verification";
import type { EmailTemplate } from "./template";
import { renderVerification, type VerificationProps } from "./verification";

export type VerificationReminderProps = VerificationProps;

/** The one reminder for an unverified request, with a fresh link. */
export const verificationReminderEmail: EmailTemplate<VerificationReminderProps> = {
  name: "verification-reminder",
  render(props, language) {
    const t = messages(language).emails.verificationReminder;
    return renderVerification(props, language, {
      subject: t.subject(props.portalName),
      heading: t.heading,
      paragraphs: [t.intro(props.portalName), t.deletion(PURGE_UNVERIFIED_AFTER_DAYS), t.freshLink],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-reminder-token",
    expiresInHours: 24,
  },
};
