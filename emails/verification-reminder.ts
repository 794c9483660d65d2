import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";
import type { VerificationProps } from "./verification";

export type VerificationReminderProps = VerificationProps;

/**
 * Unverified requests are purged a week after submission (DESIGN.md). This is
 * PURGE_UNVERIFIED_AFTER_MS in lib/requests/unverified.ts, which cannot be
 * imported here: that module imports this template.
 */
const PURGED_AFTER_DAYS = 7;

/** The one reminder for an unverified request, with a fresh link. */
export const verificationReminderEmail: EmailTemplate<VerificationReminderProps> = {
  name: "verification-reminder",
  render({ portalName, verifyUrl, expiresInHours }, language) {
    const { verification, verificationReminder: t } = messages(language).emails;
    return renderEmail({
      language,
      portalName,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "paragraph", text: t.deletion(PURGED_AFTER_DAYS) },
        { kind: "paragraph", text: t.freshLink },
        { kind: "button", label: verification.button, url: verifyUrl },
        { kind: "paragraph", text: verification.expires(expiresInHours) },
        { kind: "note", text: verification.ignore },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-reminder-token",
    expiresInHours: 24,
  },
};
