import type { ComplaintRoute } from "../lib/appeals/rights";
import type { RegimeId } from "../lib/deadlines";
import type { RejectionGround } from "../lib/deadlines/rejection-grounds";
import { messages, type Messages } from "../lib/i18n/catalogue";
import { localizeCitation } from "../lib/i18n/citation";
import { formatDay } from "../lib/i18n/format";
import type { Language } from "../lib/i18n/languages";
import { complaintBlocks } from "./complaint";
import { renderEmail, type Block } from "./layout";
import type { EmailTemplate } from "./template";

export interface RejectionNoticeProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** The regime's ground, with its article; each ground has its own plain sentence in the catalogue (`emails.rejection.reasons`). */
  ground: RejectionGround;
  /** Decides where and by when the requester can complain. */
  regime: RegimeId;
  /** The staff member's explanation, in their words. */
  message: string;
  statusUrl: string;
  /** Under a US state law: the last day to appeal from the status page (Va. Code §59.1-577(B)(2) asks for instructions to appeal). */
  appealUntil?: string;
  /** Under a GDPR-style law: the supervisory authority to complain to. */
  complaint?: ComplaintRoute;
}

/** Where to complain: KVKK art. 14 sets the Board's window; 152-FZ wants the refusal reasoned (art. 20(2)). */
function complaint(t: Messages["emails"]["rejection"], regime: RegimeId): string {
  if (regime === "tr-kvkk") return t.complaintKvkk;
  if (regime === "ru-152fz") return t.complaintRu152;
  return t.complaint;
}

/** The ground in plain words, with its article where the regime names one. */
function groundText(t: Messages["emails"]["rejection"], ground: RejectionGround, language: Language): string {
  return ground.article ? `${t.reasons[ground.id]} ${t.ground(localizeCitation(ground.article, language))}` : t.reasons[ground.id];
}

/** The request will not be carried out: why, in plain words, with the article, and in the staff member's words, and where to complain. */
export const rejectionNoticeEmail: EmailTemplate<RejectionNoticeProps> = {
  name: "rejection-notice",
  render({ portalName, contactEmail, reference, ground, regime, message, statusUrl, appealUntil, complaint: route }, language) {
    const { acknowledgement, rejection: t } = messages(language).emails;
    const a = messages(language).appeals;
    const further: Block[] = appealUntil
      ? [{ kind: "subheading", text: a.status.heading }, { kind: "paragraph", text: a.status.body(formatDay(appealUntil, language)) }]
      : route
        ? complaintBlocks(route, language)
        : [];
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "facts", rows: [[acknowledgement.reference, reference]] },
        { kind: "subheading", text: t.reasonHeading },
        { kind: "paragraph", text: groundText(t, ground, language) },
        { kind: "subheading", text: t.messageHeading },
        { kind: "paragraph", text: message },
        ...(appealUntil ? [] : [{ kind: "paragraph" as const, text: complaint(t, regime) }]),
        ...further,
        { kind: "button", label: acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    ground: { id: "outside-kvkk-scope", article: "KVKK art. 28(1)" },
    regime: "tr-kvkk",
    message: "We searched our client and project records for your name and email address and found nothing.",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
