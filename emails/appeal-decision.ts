import type { ComplaintRoute } from "../lib/appeals/rights";
import { messages } from "../lib/i18n/catalogue";
import { complaintBlocks } from "./complaint";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AppealDecisionProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  originalReference: string;
  outcome: "granted" | "denied";
  /** The written explanation the law requires, in the privacy team's words. */
  explanation: string;
  /** Where to complain next; Va. Code §59.1-577(C) requires the Attorney General's contact when an appeal is denied. */
  complaint: ComplaintRoute | null;
  statusUrl: string;
}

/** The written decision on an appeal: what was decided, why, and where a denied appeal can go next. */
export const appealDecisionEmail: EmailTemplate<AppealDecisionProps> = {
  name: "appeal-decision",
  render({ portalName, contactEmail, reference, originalReference, outcome, explanation, complaint, statusUrl }, language) {
    const m = messages(language);
    const t = m.appeals.emails.appealDecision;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: outcome === "granted" ? t.granted(portalName, originalReference) : t.denied(portalName, originalReference) },
        {
          kind: "facts",
          rows: [
            [m.emails.acknowledgement.reference, reference],
            [m.appeals.status.appealOf, originalReference],
          ],
        },
        { kind: "subheading", text: t.reasonsHeading },
        { kind: "paragraph", text: explanation },
        ...(complaint ? [{ kind: "subheading" as const, text: t.complaintHeading }, ...complaintBlocks(complaint, language)] : []),
        { kind: "button", label: m.emails.acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Blue Ridge Outfitters",
    contactEmail: "privacy@blueridge.example",
    reference: "BRO-7K4Q-9XWD",
    originalReference: "BRO-3M8P-2RTA",
    outcome: "denied",
    explanation: "We hold no personal data about you beyond the order records the tax laws require us to keep for five years.",
    complaint: {
      kind: "attorney-general",
      authority: "the Office of the Attorney General of Virginia, Consumer Protection Section",
      url: "https://www.oag.state.va.us/consumer-protection/",
      phone: "1-800-552-9963",
      source: "Va. Code §59.1-577(C)",
    },
    statusUrl: "http://localhost:3000/p/blue-ridge/status?token=preview-token",
  },
};
