import type { RequestType } from "../lib/deadlines";
import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
import { staffRequestFacts } from "./staff-request-facts";
import type { EmailTemplate } from "./template";

export interface ExtensionDecisionReminderProps {
  portalName: string;
  reference: string;
  /** The request's type, worded the staff's way in the recipient's language. */
  type: RequestType;
  /** YYYY-MM-DD in the portal's time zone. */
  dueDate: string;
  /** YYYY-MM-DD: the last day the requester can be told of an extension. */
  noticeBy: string;
  /** The request's page in the staff workspace. */
  requestUrl: string;
}

/**
 * Sent once, when a third of a request's time is left under a regime that
 * allows an extension only if the requester is told by a date; in the recipient's language.
 */
export const extensionDecisionReminderEmail: EmailTemplate<ExtensionDecisionReminderProps> = {
  name: "extension-decision-reminder",
  render({ portalName, reference, type, dueDate, noticeBy, requestUrl }, language) {
    const t = messages(language).staffEmails;
    const by = t.day(noticeBy);
    const due = t.day(dueDate);
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      footer: staffFooter(language),
      subject: t.extensionDecision.subject(by, reference, portalName),
      heading: t.extensionDecision.heading(by),
      blocks: [
        { kind: "paragraph", text: t.extensionDecision.intro(reference, by) },
        { kind: "paragraph", text: t.extensionDecision.after(by, due) },
        {
          kind: "facts",
          rows: [...staffRequestFacts(language, { reference, portalName, type, due }), [t.facts.extendBy, by]],
        },
        { kind: "button", label: t.openRequest, url: requestUrl },
      ],
    });
  },
  preview: {
    portalName: "UseGPT",
    reference: "UGP-3M8T-2QHL",
    type: "access",
    dueDate: "2026-05-14",
    noticeBy: "2026-05-14",
    requestUrl: "http://localhost:3000/staff/requests/1",
  },
};
