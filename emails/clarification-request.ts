import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface ClarificationRequestProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** The privacy team's question, in their words. */
  question: string;
  /** The status page, where the requester answers. */
  statusUrl: string;
  /** Whether the request's time limit stops until the requester answers (the regime decides). */
  clockPauses: boolean;
}

/** The privacy team needs more information before it can answer; the requester replies on the status page. */
export const clarificationRequestEmail: EmailTemplate<ClarificationRequestProps> = {
  name: "clarification-request",
  render({ portalName, contactEmail, reference, question, statusUrl, clockPauses }, language) {
    const { acknowledgement, clarification: t } = messages(language).emails;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "facts", rows: [[acknowledgement.reference, reference]] },
        { kind: "subheading", text: t.questionHeading },
        { kind: "paragraph", text: t.quote(question) },
        { kind: "paragraph", text: t.howToAnswer },
        { kind: "button", label: t.button, url: statusUrl },
        { kind: "paragraph", text: clockPauses ? t.clockPaused : t.clockRuns },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    question: "Which email address did you use for your account? We could not find one matching the address you wrote from.",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
    clockPauses: true,
  },
};
