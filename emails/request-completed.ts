import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface RequestCompletedProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** Already in the requester's language. */
  requestTypeLabel: string;
  /** What was done, in the privacy team's words. */
  resolution: string;
  /** YYYY-MM-DD from which it applies; null leaves the date out (the resolution says it, or it does not apply). */
  effectiveFrom: string | null;
  statusUrl: string;
}

/** A correction, restriction, objection, consent withdrawal or stop-processing request is done: what was done and from when. */
export const requestCompletedEmail: EmailTemplate<RequestCompletedProps> = {
  name: "request-completed",
  render({ portalName, contactEmail, reference, requestTypeLabel, resolution, effectiveFrom, statusUrl }, language) {
    const { acknowledgement, requestCompleted: t } = messages(language).emails;
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
            [acknowledgement.type, requestTypeLabel],
          ],
        },
        { kind: "subheading", text: t.doneHeading },
        { kind: "paragraph", text: resolution },
        ...(effectiveFrom === null ? [] : [{ kind: "paragraph" as const, text: t.effectiveFrom(formatDay(effectiveFrom, language)) }]),
        { kind: "button", label: acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    requestTypeLabel: "Object to processing",
    resolution: "Your data is no longer used for our newsletter or for usage statistics.",
    effectiveFrom: "2026-03-02",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
