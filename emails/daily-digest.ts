import type { RequestType } from "../lib/deadlines";
import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";
import { describeDaysLeft } from "../lib/staff/days-left";
import { renderEmail, staffFooter, type Block } from "./layout";
import type { EmailTemplate } from "./template";

export interface DigestItem {
  reference: string;
  type: RequestType;
  portalName: string;
  /** Whole days to the due day in the portal's zone; negative when overdue. */
  daysLeft: number;
  url: string;
}

export interface DigestSection {
  items: DigestItem[];
  /** The list was cut short: the queue has the rest. */
  more: boolean;
}

export interface DailyDigestProps {
  /** Overdue anywhere in the recipient's portals, whoever works them. */
  overdue: DigestSection;
  /** Assigned to the recipient and due within seven days (empty for viewers). */
  dueThisWeek: DigestSection;
  queueUrl: string;
}

const count = ({ items, more }: DigestSection) => `${items.length}${more ? "+" : ""}`;

/** The link on the line itself: list items are plain text, and mail clients make a bare URL clickable. */
const line = (i: DigestItem, language: Language) => `${i.reference}, ${messages(language).staff.types[i.type]} (${i.portalName}), ${describeDaysLeft(i.daysLeft, language)}: ${i.url}`;

function section(title: string, s: DigestSection, language: Language): Block[] {
  return s.items.length === 0 ? [] : [{ kind: "subheading", text: `${title} (${count(s)})` }, { kind: "list", items: s.items.map((i) => line(i, language)) }];
}

/** A staff member's morning summary, in their language; only sent when there is something in it. */
export const dailyDigestEmail: EmailTemplate<DailyDigestProps> = {
  name: "daily-digest",
  render({ overdue, dueThisWeek, queueUrl }, language) {
    const t = messages(language).staffEmails.digest;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject(count(overdue), count(dueThisWeek)),
      heading: t.heading,
      footer: staffFooter(language),
      blocks: [
        ...section(t.overdue, overdue, language),
        ...section(t.dueThisWeek, dueThisWeek, language),
        ...(overdue.more || dueThisWeek.more ? [{ kind: "paragraph", text: t.more } as const] : []),
        { kind: "button", label: t.openQueue, url: queueUrl },
      ],
    });
  },
  preview: {
    overdue: { items: [{ reference: "UGP-7K4Q-9XWD", type: "access", portalName: "UseGPT", daysLeft: -2, url: "http://localhost:3000/staff/requests/12" }], more: false },
    dueThisWeek: { items: [{ reference: "DPN-3M8R-2TQA", type: "deletion", portalName: "Deepen", daysLeft: 3, url: "http://localhost:3000/staff/requests/31" }], more: false },
    queueUrl: "http://localhost:3000/staff",
  },
};
