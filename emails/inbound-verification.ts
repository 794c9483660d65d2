import { messages } from "../lib/i18n/catalogue";
import type { EmailTemplate } from "./template";
import { renderVerification, type VerificationProps } from "./verification";

/**
 * The verification email for a request that arrived as an email whose sender
 * the mail's own authentication did not prove (lib/inbound/authenticate.ts):
 * the same link as the form's, worded for someone who wrote, not filled a form.
 */
export const inboundVerificationEmail: EmailTemplate<VerificationProps> = {
  name: "inbound-verification",
  render(props, language) {
    const t = messages(language).inbound.verification;
    return renderVerification(props, language, { subject: t.subject(props.portalName), heading: t.heading, paragraphs: [t.intro(props.portalName), t.howTo], ignore: t.ignore });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-token",
    expiresInHours: 24,
  },
};
