import { formatDate } from "../lib/deadlines/dates";
import { describeDaysLeft } from "../lib/staff/days-left";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface DeadlineReminderProps {
  portalName: string;
  reference: string;
  /** The request type as staff read it, e.g. "Delete my data". */
  requestType: string;
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

const WHY: Record<DeadlineReminderProps["why"], (portalName: string) => string> = {
  assignee: () => "You get this because the request is assigned to you.",
  unassigned: (portalName) => `You get this because nobody is assigned to the request and you are an agent or admin of ${portalName}.`,
  escalation: (portalName) => `You are copied because the request is overdue and you are an admin of ${portalName}.`,
};

/** A deadline reminder for staff (7, 3, 1 days before, the due day, then daily while overdue). Staff work in English. */
export const deadlineReminderEmail: EmailTemplate<DeadlineReminderProps> = {
  name: "deadline-reminder",
  render({ portalName, reference, requestType, dueDate, daysLeft, refusalBy, requestUrl, why }) {
    const when = describeDaysLeft(daysLeft);
    const heading = `${when[0]!.toUpperCase()}${when.slice(1)}: ${reference}`;
    const due = formatDate(dueDate);
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: `${heading} at ${portalName}`,
      heading,
      blocks: [
        {
          kind: "paragraph",
          text:
            daysLeft < 0
              ? `This request was due on ${due} and has not been answered. Answer it, or record why it is late, as soon as you can.`
              : `This request must be answered by the end of ${due}.`,
        },
        {
          kind: "facts",
          rows: [["Reference", reference], ["Portal", portalName], ["Type", requestType], ["Due", due], ...(refusalBy ? [["Refuse in writing by", formatDate(refusalBy)] as [string, string]] : [])],
        },
        { kind: "button", label: "Open the request", url: requestUrl },
        { kind: "note", text: WHY[why](portalName) },
      ],
    });
  },
  preview: {
    portalName: "Deepen",
    reference: "DPN-7K4Q-9XWD",
    requestType: "Delete my data",
    dueDate: "2026-01-26",
    daysLeft: 3,
    refusalBy: null,
    requestUrl: "http://localhost:3000/staff/requests/1",
    why: "unassigned",
  },
};
