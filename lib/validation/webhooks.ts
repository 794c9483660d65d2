import { z } from "zod";
import { webhookEventType } from "../webhooks/events";

/** The add-endpoint form, in the words shown next to each field. The address guard runs in the use case (it resolves the host). */
export const addWebhookSchema = z.object({
  url: z.string().trim().min(1, "Enter the URL that receives the events, such as https://example.com/webhooks").max(2000, "The URL can be at most 2,000 characters"),
  events: z.array(webhookEventType, "Choose at least one event").min(1, "Choose at least one event"),
});
export type AddWebhookInput = z.input<typeof addWebhookSchema>;

/** An endpoint's row (rotate, enable, disable, delete). Messages are staff error codes. */
export const webhookEndpointSchema = z.object({
  endpoint: z.coerce.number("webhook_not_found").int("webhook_not_found").positive("webhook_not_found"),
});

/** A delivery log's row: redeliver. */
export const webhookDeliverySchema = z.object({
  delivery: z.coerce.number("webhook_delivery_not_found").int("webhook_delivery_not_found").positive("webhook_delivery_not_found"),
});
