import { messages } from "../lib/i18n/catalogue";
import { renderEmail } from "./layout";
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
}

/** The request will not be carried out: why, in plain words and in the staff member's, and where to complain. */
export const rejectionNoticeEmail: EmailTemplate<RejectionNoticeProps> = {
  name: "rejection-notice",
  render({ portalName, reference, reason, message, statusUrl }, language) {
    const { acknowledgement, rejection: t } = messages(language).emails;
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
        { kind: "paragraph", text: t.complaint },
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
