import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail, type Block } from "./layout";
import type { EmailTemplate } from "./template";

export interface DeletionCompletedProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** Data categories deleted. */
  deleted: string[];
  /** Data categories kept, each with the retention basis's label, its statute and the keep-until date (YYYY-MM-DD). */
  kept: { category: string; basis: string; statute: string; until: string }[];
  statusUrl: string;
}

/** A deletion request is done: what was deleted, and what was kept, why, under which law and until when. */
export const deletionCompletedEmail: EmailTemplate<DeletionCompletedProps> = {
  name: "deletion-completed",
  render({ portalName, contactEmail, reference, deleted, kept, statusUrl }, language) {
    const { acknowledgement, deletionCompleted: t } = messages(language).emails;
    const keptBlocks: Block[] =
      kept.length === 0
        ? [{ kind: "paragraph", text: t.nothingKept }]
        : [
            { kind: "subheading", text: t.keptHeading },
            { kind: "paragraph", text: t.keptIntro },
            { kind: "list", items: kept.map((k) => t.keptItem(k.category, k.basis, k.statute, formatDay(k.until, language))) },
          ];
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "facts", rows: [[acknowledgement.reference, reference]] },
        { kind: "subheading", text: t.deletedHeading },
        deleted.length === 0 ? { kind: "paragraph", text: t.nothingDeleted } : { kind: "list", items: deleted },
        ...keptBlocks,
        { kind: "button", label: acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    deleted: [
      "name, position, company and tax identification number",
      "email address, phone number and business address",
      "IP addresses, browser, OS, access times and usage statistics",
    ],
    kept: [
      {
        category: "invoicing and accounting records",
        basis: "Invoicing and accounting records",
        statute: "Turkish Commercial Code No. 6102 art. 82",
        until: "2036-12-31",
      },
    ],
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
