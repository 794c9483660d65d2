import { z } from "zod";

/**
 * The events a portal's webhook endpoints can subscribe to. Names follow the
 * Standard Webhooks advice: full-stop delimited, grouped by what they concern.
 */
export const webhookEventType = z.enum([
  "request.submitted",
  "request.verified",
  "request.due_soon",
  "request.overdue",
  "request.clarification_answered",
  "request.withdrawn",
  "request.completed",
  "request.rejected",
  "retention.expiring",
]);

export type WebhookEventType = z.infer<typeof webhookEventType>;

export const WEBHOOK_EVENT_TYPES = webhookEventType.options;
