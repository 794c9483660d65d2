import type { RequestType } from "../lib/deadlines";
import { messages } from "../lib/i18n/catalogue";
import { describeDaysLeft } from "../lib/staff/days-left";
import { renderEmail, STAFF_FOOTER, type Block } from "./layout";
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

const en = messages("en");

const count = ({ items, more }: DigestSection) => `${items.length}${more ? "+" : ""}`;

/** The link on the line itself: list items are plain text, and mail clients make a bare URL clickable. */
const line = (i: DigestItem) => `${i.reference}, ${en.requestTypes[i.type].label} (${i.portalName}), ${describeDaysLeft(i.daysLeft)}: ${i.url}`;

function section(title: string, s: DigestSection): Block[] {
  return s.items.length === 0 ? [] : [{ kind: "subheading", text: `${title} (${count(s)})` }, { kind: "list", items: s.items.map(line) }];
}

/** A staff member's morning summary; only sent when there is something in it. Staff work in English. */
export const dailyDigestEmail: EmailTemplate<DailyDigestProps> = {
  name: "daily-digest",
  render({ overdue, dueThisWeek, queueUrl }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: `Rightsdesk digest: ${count(overdue)} overdue, ${count(dueThisWeek)} due this week for you`,
      heading: "Your requests today",
      footer: STAFF_FOOTER,
      blocks: [
        ...section("Overdue in your portals", overdue),
        ...section("Assigned to you, due within 7 days", dueThisWeek),
        ...(overdue.more || dueThisWeek.more ? [{ kind: "paragraph", text: "The lists are cut short; the queue has the rest." } as const] : []),
        { kind: "button", label: "Open the queue", url: queueUrl },
      ],
    });
  },
  preview: {
    overdue: { items: [{ reference: "UGP-7K4Q-9XWD", type: "access", portalName: "UseGPT", daysLeft: -2, url: "http://localhost:3000/staff/requests/12" }], more: false },
    dueThisWeek: { items: [{ reference: "DPN-3M8R-2TQA", type: "deletion", portalName: "Deepen", daysLeft: 3, url: "http://localhost:3000/staff/requests/31" }], more: false },
    queueUrl: "http://localhost:3000/staff",
  },
};
