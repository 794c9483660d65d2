import { messages } from "../lib/i18n/catalogue";
import { renderEmail, staffFooter } from "./layout";
import type { EmailTemplate } from "./template";

export interface WebhookEndpointDisabledProps {
  portalName: string;
  url: string;
  /** Why it was disabled, as the log says it ("failing since …", "answered 410 Gone"). */
  reason: string;
  /** The portal's webhooks page, where an admin enables it again and redelivers what it missed. */
  settingsUrl: string;
}

/**
 * Sent to a portal's admins, each in their language, when the sender gives up
 * on one of its webhook endpoints. The reason is the delivery log's, which stays in English.
 */
export const webhookEndpointDisabledEmail: EmailTemplate<WebhookEndpointDisabledProps> = {
  name: "webhook-endpoint-disabled",
  render({ portalName, url, reason, settingsUrl }, language) {
    const t = messages(language).staffEmails.webhookDisabled;
    return renderEmail({
      language,
      portalName: "Rightsdesk",
      subject: t.subject(portalName),
      heading: t.heading,
      footer: staffFooter(language),
      blocks: [
        { kind: "paragraph", text: t.intro(portalName) },
        {
          kind: "facts",
          rows: [
            [t.endpoint, url],
            [t.reason, reason],
          ],
        },
        { kind: "paragraph", text: t.missed },
        { kind: "button", label: t.button, url: settingsUrl },
      ],
    });
  },
  preview: { portalName: "MVSEP", url: "https://ops.example.com/rightsdesk", reason: "failing since 2026-11-28 09:00 UTC", settingsUrl: "http://localhost:3000/staff/settings/mvsep/webhooks" },
};
