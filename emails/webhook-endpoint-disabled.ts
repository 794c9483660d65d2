import { renderEmail, STAFF_FOOTER } from "./layout";
import type { EmailTemplate } from "./template";

export interface WebhookEndpointDisabledProps {
  portalName: string;
  url: string;
  /** Why it was disabled, as the log says it ("failing since …", "answered 410 Gone"). */
  reason: string;
  /** The portal's webhooks page, where an admin enables it again and redelivers what it missed. */
  settingsUrl: string;
}

/** Sent to a portal's admins when the sender gives up on one of its webhook endpoints. Staff work in English. */
export const webhookEndpointDisabledEmail: EmailTemplate<WebhookEndpointDisabledProps> = {
  name: "webhook-endpoint-disabled",
  render({ portalName, url, reason, settingsUrl }) {
    return renderEmail({
      language: "en",
      portalName: "Rightsdesk",
      subject: `Webhook endpoint of ${portalName} disabled`,
      heading: "A webhook endpoint stopped receiving events",
      footer: STAFF_FOOTER,
      blocks: [
        { kind: "paragraph", text: `Rightsdesk could not deliver events to a webhook endpoint of ${portalName}, so it has stopped sending to it.` },
        { kind: "facts", rows: [["Endpoint", url], ["Reason", reason]] },
        { kind: "paragraph", text: "Events that were waiting for it were not delivered. Once the receiver works again, enable the endpoint and redeliver the events it missed from its delivery log." },
        { kind: "button", label: "Open the webhooks page", url: settingsUrl },
      ],
    });
  },
  preview: { portalName: "MVSEP", url: "https://ops.example.com/rightsdesk", reason: "failing since 2026-11-28 09:00 UTC", settingsUrl: "http://localhost:3000/staff/settings/mvsep/webhooks" },
};
