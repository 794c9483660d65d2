import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";
import type { VerificationProps } from "./verification";

/**
 * The verification email for a request that arrived as an email whose sender
 * the mail's own authentication did not prove (lib/inbound/authenticate.ts):
 * the same link as the form's, worded for someone who wrote, not filled a form.
 */
export const inboundVerificationEmail: EmailTemplate<VerificationProps> = {
  name: "inbound-verification",
  render({ portalName, contactEmail, verifyUrl, expiresInHours }, language) {
    const { verification } = messages(language).emails;
    const t = messages(language).inbound.verification;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "paragraph", text: t.howTo },
        { kind: "button", label: verification.button, url: verifyUrl },
        { kind: "paragraph", text: verification.expires(expiresInHours) },
        { kind: "note", text: t.ignore },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-token",
    expiresInHours: 24,
  },
};
