import type { RequestType } from "../lib/deadlines";
import { messages } from "../lib/i18n/catalogue";
import { describeDaysLeft } from "../lib/staff/days-left";
import { renderEmail, staffFooter } from "./layout";
import { staffRequestFacts } from "./staff-request-facts";
import type { EmailTemplate } from "./template";

export interface DeadlineReminderProps {
  portalName: string;
  reference: string;
  /** The request's type, worded the staff's way in the recipient's language. */
  type: RequestType;
  /** YYYY-MM-DD in the portal's time zone. */
  dueDate: string;
  /** Whole days to the due day: 0 is the due day, negative is overdue. */
  daysLeft: number;
  /** YYYY-MM-DD by which a refusal must be sent in writing, where the law sets it apart (ZRU-547 art. 21); else null. */
  refusalBy: string | null;
  /** The request's page in the staff workspace. */
  requestUrl: string;
  /** Why this person is reminded: an admin copied on an overdue request is told so. */
  why: "assignee" | "unassigned" | "escalation";
}

/** A deadline reminder for staff (7, 3, 1 days before, the due day, then daily while overdue), in the recipient's language. */
export const deadlineReminderEmail: EmailTemplate<DeadlineReminderProps> = {
  name: "deadline-reminder",
  render({ portalName, reference, type, dueDate, daysLeft, refusalBy, requestUrl, why }, language) {
    const { staffEmails: t, common } = messages(language);
    const when = describeDaysLeft(daysLeft, language);
    const heading = `${when.charAt(0).toLocaleUpperCase(common.locale)}${when.slice(1)}: ${reference}`;
    const due = t.day(dueDate);
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      footer: staffFooter(language),
      subject: t.deadlineReminder.subject(heading, portalName),
      heading,
      blocks: [
        { kind: "paragraph", text: daysLeft < 0 ? t.deadlineReminder.overdue(due) : t.deadlineReminder.due(due) },
        {
          kind: "facts",
          rows: [...staffRequestFacts(language, { reference, portalName, type, due }), ...(refusalBy ? [[t.facts.refuseBy, t.day(refusalBy)] as const] : [])],
        },
        { kind: "button", label: t.openRequest, url: requestUrl },
        { kind: "note", text: t.deadlineReminder.why[why](portalName) },
      ],
    });
  },
  preview: {
    portalName: "Deepen",
    reference: "DPN-7K4Q-9XWD",
    type: "deletion",
    dueDate: "2026-01-26",
    daysLeft: 3,
    refusalBy: null,
    requestUrl: "http://localhost:3000/staff/requests/1",
    why: "unassigned",
  },
};
