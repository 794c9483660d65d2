import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AccessReadyProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** Opens a page with a download button: mail scanners fetch links, so the GET itself downloads nothing. */
  downloadUrl: string;
  expiresInDays: number;
  filename: string;
}

/** The answer to an access or portability request is ready to download. */
export const accessReadyEmail: EmailTemplate<AccessReadyProps> = {
  name: "access-ready",
  render({ portalName, contactEmail, reference, downloadUrl, expiresInDays, filename }, language) {
    const { acknowledgement, accessReady: t } = messages(language).emails;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        {
          kind: "facts",
          rows: [
            [acknowledgement.reference, reference],
            [t.file, filename],
          ],
        },
        { kind: "paragraph", text: t.howTo },
        { kind: "button", label: t.button, url: downloadUrl },
        { kind: "paragraph", text: t.expires(expiresInDays) },
        { kind: "note", text: t.keepSafe },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    downloadUrl: "http://localhost:3000/p/moserra/download?token=preview-token",
    expiresInDays: 7,
    filename: "MOS-7K4Q-9XWD-data.zip",
  },
};
