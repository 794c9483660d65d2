import { createHash } from "node:crypto";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import type { HeaderLookup } from "./guards";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENTS_TOTAL_BYTES, MAX_MESSAGE_BYTES } from "./limits";
import { sanitizeSubject, sanitizeText } from "./text";

/** A raw message as the import path reads it. */
export interface ReadMessage {
  messageId: string;
  header: HeaderLookup;
  from?: { address: string; name?: string };
  subject: string;
  /** Sanitized plain text; empty for an oversized message, whose body is not read. */
  text: string;
  date?: Date;
  /** Every address it was sent to (To, Cc, Delivered-To, X-Original-To): a plus-addressed reply token is among them. */
  recipients: string[];
  /** Its In-Reply-To and References Message-IDs. */
  references: string[];
  attachments: { filename: string; mimeType: string; content: Buffer }[];
  attachmentsSkipped: number;
  oversized: boolean;
}

/** The header block alone: an oversized message is read no further. */
function headerBlock(raw: Buffer): Buffer {
  const head = raw.subarray(0, 256 * 1024);
  const end = head.indexOf("\r\n\r\n");
  const lf = head.indexOf("\n\n");
  const cut = end >= 0 ? end : lf >= 0 ? lf : head.length;
  return Buffer.concat([head.subarray(0, cut), Buffer.from("\r\n\r\n")]);
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

function keptAttachments(mail: ParsedMail) {
  const kept: ReadMessage["attachments"] = [];
  let total = 0;
  let skipped = 0;
  // Inline parts (logos, signature images) are part of the letter's look, not something the sender attached.
  for (const a of mail.attachments.filter((a) => !a.related)) {
    const fits = kept.length < MAX_ATTACHMENTS && a.size <= MAX_ATTACHMENT_BYTES && total + a.size <= MAX_ATTACHMENTS_TOTAL_BYTES;
    if (!fits) {
      skipped++;
      continue;
    }
    total += a.size;
    kept.push({ filename: sanitizeSubject(a.filename) || "attachment", mimeType: a.contentType || "application/octet-stream", content: a.content });
  }
  return { kept, skipped };
}

/** Reads a raw message; one without a Message-ID is known by its content's hash, so a re-import still finds it. */
export async function readMessage(raw: Buffer): Promise<ReadMessage> {
  const oversized = raw.length > MAX_MESSAGE_BYTES;
  const mail = await simpleParser(oversized ? headerBlock(raw) : raw, { skipImageLinks: true, skipTextToHtml: true });
  const header: HeaderLookup = (name) => {
    const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
    return line === undefined ? undefined : line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
  };
  const from = mail.from?.value[0];
  const { kept, skipped } = oversized ? { kept: [], skipped: 0 } : keptAttachments(mail);
  return {
    messageId: mail.messageId ?? `<sha256-${createHash("sha256").update(raw).digest("hex")}@rightsdesk.invalid>`,
    header,
    from: from?.address ? { address: from.address.toLowerCase(), name: sanitizeSubject(from.name) || undefined } : undefined,
    subject: sanitizeSubject(mail.subject),
    text: oversized ? "" : sanitizeText(mail.text),
    date: mail.date,
    recipients: [...addresses(mail.to), ...addresses(mail.cc), ...["delivered-to", "x-original-to"].flatMap((h) => header(h) ?? [])],
    references: [mail.inReplyTo ?? [], mail.references ?? []].flat().flatMap((r) => r.split(/\s+/)).filter(Boolean),
    attachments: kept,
    attachmentsSkipped: skipped,
    oversized,
  };
}
