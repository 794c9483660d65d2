import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";
import { renderEmail } from "./layout";
import type { EmailTemplate, RenderedEmail } from "./template";

export interface VerificationProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  /** Opens a page with a confirmation button: mail scanners fetch links, so the GET itself verifies nothing. */
  verifyUrl: string;
  expiresInHours: number;
}

/**
 * A verification email's body: its own words first, then the link, how long
 * it works, and what to do if it was not expected. The form's email, its
 * reminder and the one for a request that came by email differ only in words.
 */
export function renderVerification(
  { portalName, contactEmail, verifyUrl, expiresInHours }: VerificationProps,
  language: Language,
  words: { subject: string; heading: string; paragraphs: readonly string[]; ignore?: string },
): RenderedEmail {
  const t = messages(language).emails.verification;
  return renderEmail({
    language,
    portalName,
    contactEmail,
    subject: words.subject,
    heading: words.heading,
    blocks: [
      ...words.paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
      { kind: "button", label: t.button, url: verifyUrl },
      { kind: "paragraph", text: t.expires(expiresInHours) },
      { kind: "note", text: words.ignore ?? t.ignore },
    ],
  });
}

/** Sent when a request is submitted: the requester proves the address is theirs. */
export const verificationEmail: EmailTemplate<VerificationProps> = {
  name: "verification",
  render(props, language) {
    const t = messages(language).emails.verification;
    return renderVerification(props, language, { subject: t.subject(props.portalName), heading: t.heading, paragraphs: [t.intro(props.portalName), t.howTo] });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    verifyUrl: "http://localhost:3000/p/moserra/verify?token=preview-token",
    expiresInHours: 24,
  },
};
