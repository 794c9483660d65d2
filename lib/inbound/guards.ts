/**
 * Messages that must make no request and get no reply: anything a machine
 * sent (RFC 3834 Auto-Submitted, the older Precedence and X-Autoreply marks),
 * delivery-status reports (RFC 3464) and other bounces, mailing-list traffic
 * (RFC 2919 List-Id), and our own outgoing mail coming back. Answering any of
 * them could start a loop between two robots.
 */
export type GuardReason = "auto_submitted" | "delivery_report" | "mailing_list" | "own_message";

/** The header our sender puts on every email (lib/mail/sender.ts), whatever its Message-ID became on the way. */
export const OWN_HEADER = "x-rightsdesk-outbox";

/** Our own Message-IDs: `<outbox-<id>@<APP_URL host>>` (lib/mail/sender.ts). */
export function outboxMessageId(id: number, host: string): string {
  return `<outbox-${id}@${host}>`;
}

/** The outbox id in one of our Message-IDs, or undefined for anyone else's. */
export function outboxIdOf(messageId: string, host: string): number | undefined {
  const match = /^<?outbox-(\d+)@([^>]+)>?$/i.exec(messageId.trim());
  return match && match[2]!.toLowerCase() === host.toLowerCase() ? Number(match[1]) : undefined;
}

/** A message's headers by lower-case name, each the raw value (the first, where a header repeats). */
export type HeaderLookup = (name: string) => string | undefined;

const MACHINE_PRECEDENCE = new Set(["bulk", "junk", "list", "auto_reply"]);

/** Why the message must be ignored, or undefined when a person may have written it. */
export function guardReason(header: HeaderLookup, { host }: { host: string }): GuardReason | undefined {
  if (header(OWN_HEADER) !== undefined || outboxIdOf(header("message-id") ?? "", host) !== undefined) return "own_message";
  const contentType = (header("content-type") ?? "").toLowerCase();
  if (/^multipart\/report\b/.test(contentType) || /^message\/(delivery-status|disposition-notification)\b/.test(contentType)) return "delivery_report";
  // An empty envelope sender is what MTAs use for bounces (RFC 5321 §4.5.5).
  if (/^\s*<\s*>\s*$/.test(header("return-path") ?? "x")) return "delivery_report";
  const autoSubmitted = header("auto-submitted")?.trim().toLowerCase().split(";")[0]?.trim();
  if (autoSubmitted !== undefined && autoSubmitted !== "" && autoSubmitted !== "no") return "auto_submitted";
  if (header("x-autoreply") !== undefined || header("x-autorespond") !== undefined) return "auto_submitted";
  if (MACHINE_PRECEDENCE.has((header("precedence") ?? "").trim().toLowerCase())) return "auto_submitted";
  if (header("list-id") !== undefined || header("list-unsubscribe") !== undefined) return "mailing_list";
  return undefined;
}
