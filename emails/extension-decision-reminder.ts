import { formatDate } from "../lib/deadlines/dates";
import { renderEmail, STAFF_FOOTER } from "./layout";
import type { EmailTemplate } from "./template";

export interface ExtensionDecisionReminderProps {
  portalName: string;
  reference: string;
  /** The request type as staff read it, e.g. "Access my data". */
  requestType: string;
  /** YYYY-MM-DD in the portal's time zone. */
  dueDate: string;
  /** YYYY-MM-DD: the last day the requester can be told of an extension. */
  noticeBy: string;
  /** The request's page in the staff workspace. */
  requestUrl: string;
}

/**
 * Sent once, when a third of a request's time is left under a regime that
 * allows an extension only if the requester is told by a date. Staff work in English.
 */
export const extensionDecisionReminderEmail: EmailTemplate<ExtensionDecisionReminderProps> = {
  name: "extension-decision-reminder",
  render({ portalName, reference, requestType, dueDate, noticeBy, requestUrl }) {
    const by = formatDate(noticeBy);
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      footer: STAFF_FOOTER,
      subject: `Decide on an extension by ${by}: ${reference} at ${portalName}`,
      heading: `Decide on an extension by ${by}`,
      blocks: [
        { kind: "paragraph", text: `Less than a third of the time to answer ${reference} is left. If it needs more time, extend the deadline and give the reason: the requester must be told by ${by}.` },
        { kind: "paragraph", text: `After ${by} the deadline can no longer be extended, and the request is due on ${formatDate(dueDate)}.` },
        { kind: "facts", rows: [["Reference", reference], ["Portal", portalName], ["Type", requestType], ["Due", formatDate(dueDate)], ["Extend by", by]] },
        { kind: "button", label: "Open the request", url: requestUrl },
      ],
    });
  },
  preview: {
    portalName: "UseGPT",
    reference: "UGP-3M8T-2QHL",
    requestType: "Access my data",
    dueDate: "2026-05-14",
    noticeBy: "2026-05-14",
    requestUrl: "http://localhost:3000/staff/requests/1",
  },
};
