import { Webhook } from "standardwebhooks";

/**
 * The Standard Webhooks headers for one attempt. `at` is the attempt's time,
 * not the event's: receivers refuse stale timestamps to stop replays. Signed
 * with every secret given (the current one, and during a rotation the old
 * one), space-separated as the specification allows, so a receiver holding
 * either verifies it.
 */
export function signatureHeaders({ eventId, payload, at, secrets }: { eventId: string; payload: string; at: Date; secrets: string[] }): Record<string, string> {
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(eventId, at, payload)).join(" "),
  };
}
