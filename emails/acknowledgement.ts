import type { Channel } from "../db/schema";
import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { renderEmail } from "./layout";
import type { EmailTemplate } from "./template";

export interface AcknowledgementProps {
  portalName: string;
  /** The operator's contact address, named in the footer. */
  contactEmail: string;
  reference: string;
  /** Already in the requester's language. */
  requestTypeLabel: string;
  /** YYYY-MM-DD in the portal's time zone. */
  dueDate: string;
  statusUrl: string;
  /** How the request arrived: only web and API requests were confirmed through a link, so only they are thanked for it. */
  channel: Channel;
  /** An authorized agent filed it on the web form: the requester confirmed the agent's permission, not a form they filled in. */
  byWebAgent?: boolean;
  /** The operator's own signed-in service vouched for the requester (the API with a key): no address was confirmed. */
  vouched?: boolean;
}

/** Sent once the request is with the operator (the address confirmed, or the request recorded by staff) and the deadline runs. */
export const acknowledgementEmail: EmailTemplate<AcknowledgementProps> = {
  name: "acknowledgement",
  render({ portalName, contactEmail, reference, requestTypeLabel, dueDate, statusUrl, channel, byWebAgent = false, vouched = false }, language) {
    const m = messages(language);
    const t = m.emails.acknowledgement;
    return renderEmail({
      language,
      portalName,
      contactEmail,
      subject: t.subject(portalName, reference),
      heading: t.heading,
      blocks: [
        { kind: "paragraph", text: byWebAgent ? m.agentForm.emails.acknowledged(portalName) : vouched && channel === "api" ? m.acknowledgementChannels.vouched(portalName) : t.intro[channel](portalName) },
        { kind: "facts", rows: [[t.reference, reference], [t.type, requestTypeLabel]] },
        { kind: "paragraph", text: t.deadline(portalName, formatDay(dueDate, language)) },
        { kind: "subheading", text: t.nextHeading },
        { kind: "list", items: t.next },
        { kind: "button", label: t.button, url: statusUrl },
        { kind: "note", text: t.keepLink },
      ],
    });
  },
  preview: {
    portalName: "Moserra",
    contactEmail: "info@moserra.com",
    reference: "MOS-7K4Q-9XWD",
    requestTypeLabel: "Delete my data",
    dueDate: "2026-03-02",
    statusUrl: "http://localhost:3000/p/moserra/status?token=preview-token",
    channel: "web",
  },
};
