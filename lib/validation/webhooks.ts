import { z } from "zod";
import { webhookEventType, type WebhookEventType } from "../webhooks/events";

const isEventType = (event: string): event is WebhookEventType => webhookEventType.safeParse(event).success;

/**
 * The add-endpoint form. Messages are staff error codes, worded in the
 * admin's language next to each field; an unknown event (a stale page, a
 * crafted post) is refused under `events` itself, where the form shows it.
 * The address guard runs in the use case (it resolves the host).
 */
export const addWebhookSchema = z.object({
  url: z.string("webhook_url_required").trim().min(1, "webhook_url_required").max(2000, "webhook_url_too_long"),
  events: z
    .array(z.string(), "webhook_events_required")
    .min(1, "webhook_events_required")
    .refine((events) => events.every(isEventType), "webhook_event_unknown")
    .transform((events) => events.filter(isEventType)),
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
