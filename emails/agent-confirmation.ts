import type { RequestType } from "../lib/deadlines/types";
import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";
import type { VerificationProps } from "./verification";

export interface AgentConfirmationProps extends VerificationProps {
  /** The agent, with their organisation if they gave one. */
  agent: string;
  requestType: RequestType;
}

/**
 * The verification email of a request an authorized agent filed: it goes to the consumer,
 * who confirms directly that they gave the agent permission (11 CCR §7063(a)(2)).
 */
export const agentConfirmationEmail: EmailTemplate<AgentConfirmationProps> = {
  name: "agent-confirmation",
  render({ portalName, contactEmail, verifyUrl, expiresInHours, agent, requestType }, language) {
    const m = messages(language);
    const t = m.agentForm.emails.confirmation;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(agent, portalName, m.requestTypes[requestType].label) },
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
    agent: "Jordan Lee (Privacy Helpers Inc.)",
    requestType: "deletion",
  },
};
