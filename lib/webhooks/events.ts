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

/** What each event means, for the admin page and the CLI's help. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "request.submitted": "A request was submitted",
  "request.verified": "A requester confirmed their request (the clock runs)",
  "request.due_soon": "A request's deadline is near (on the reminder schedule)",
  "request.overdue": "A request passed its deadline",
  "request.clarification_answered": "A requester answered a question",
  "request.withdrawn": "A requester withdrew their request",
  "request.completed": "A request was completed",
  "request.rejected": "A request was rejected",
  "retention.expiring": "Data kept under a retention basis is due for deletion",
};
