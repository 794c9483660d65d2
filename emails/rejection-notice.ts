import type { ComplaintRoute } from "../lib/appeals/rights";
import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { complaintBlocks } from "./complaint";
import { renderEmail, type Block } from "./layout";
import type { EmailTemplate } from "./template";

/** Why a request can be declined; each has its own plain sentence in the catalogue (`emails.rejection.reasons`). */
export const REJECTION_REASONS = ["identity_not_verified", "manifestly_unfounded", "no_data_held", "outside_jurisdiction", "duplicate", "other"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface RejectionNoticeProps {
  portalName: string;
  reference: string;
  reason: RejectionReason;
  /** The staff member's explanation, in their words. */
  message: string;
  statusUrl: string;
  /** Under a US state law: the last day to appeal from the status page (Va. Code §59.1-577(B)(2) asks for instructions to appeal). */
  appealUntil?: string;
  /** Under a GDPR-style law: the supervisory authority to complain to. */
  complaint?: ComplaintRoute;
}

/** The request will not be carried out: why, in plain words and in the staff member's, and where to complain. */
export const rejectionNoticeEmail: EmailTemplate<RejectionNoticeProps> = {
  name: "rejection-notice",
  render({ portalName, reference, reason, message, statusUrl, appealUntil, complaint }, language) {
    const { acknowledgement, rejection: t } = messages(language).emails;
    const a = messages(language).appeals;
    const further: Block[] = appealUntil
      ? [{ kind: "subheading", text: a.status.heading }, { kind: "paragraph", text: a.status.body(formatDay(appealUntil, language)) }]
      : complaint
        ? complaintBlocks(complaint, language)
        : [];
    return renderEmail({
      language,
      portalName,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        { kind: "facts", rows: [[acknowledgement.reference, reference]] },
        { kind: "subheading", text: t.reasonHeading },
        { kind: "paragraph", text: t.reasons[reason] },
        { kind: "subheading", text: t.messageHeading },
        { kind: "paragraph", text: message },
        ...(appealUntil ? [] : [{ kind: "paragraph" as const, text: t.complaint }]),
        ...further,
        { kind: "button", label: acknowledgement.button, url: statusUrl },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    reference: "MOS-7K4Q-9XWD",
    reason: "no_data_held",
    message: "We searched our client and project records for your name and email address and found nothing.",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
  },
};
