import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AgentReceiptProps {
  portalName: string;
  contactEmail: string;
  consumerName: string;
  reference: string;
}

/** To the authorized agent who filed a request: received, and what happens before it is worked on. */
export const agentReceiptEmail: EmailTemplate<AgentReceiptProps> = {
  name: "agent-receipt",
  render({ portalName, contactEmail, consumerName, reference }, language) {
    const t = messages(language).agentForm.emails.receipt;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(consumerName, portalName) },
        { kind: "paragraph", text: t.next },
        { kind: "note", text: t.reference(reference) },
      ],
    });
  },
  preview: { portalName: "Moserra", contactEmail: "info@moserra.com", consumerName: "Ayşe Yılmaz", reference: "MOS-7K4Q-9XWD" },
};
