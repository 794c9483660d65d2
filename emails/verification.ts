import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface VerificationProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  /** Opens a page with a confirmation button: mail scanners fetch links, so the GET itself verifies nothing. */
  verifyUrl: string;
  expiresInHours: number;
}

/** Sent when a request is submitted: the requester proves the address is theirs. */
export const verificationEmail: EmailTemplate<VerificationProps> = {
  name: "verification",
  render({ portalName, contactEmail, verifyUrl, expiresInHours }, language) {
    const t = messages(language).emails.verification;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "paragraph", text: t.howTo },
        { kind: "button", label: t.button, url: verifyUrl },
        { kind: "paragraph", text: t.expires(expiresInHours) },
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
