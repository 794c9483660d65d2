import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";
import type { RenderedEmail } from "./template";

/**
 * The pieces an email body is made of. Each template lists its blocks once and
 * this file renders them twice, as HTML and as plain text, so the two versions
 * cannot drift apart.
 */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "list"; items: readonly string[] }
  /** Label–value pairs such as the reference number. */
  | { kind: "facts"; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: "button"; label: string; url: string }
  /** Small print: what to do if the email was not expected. */
  | { kind: "note"; text: string };

interface EmailBody {
  language: Language;
  portalName: string;
  subject: string;
  heading: string;
  blocks: readonly Block[];
}

/**
 * An email to a requester names the operator and its contact address in the
 * footer, with why they get it; an email to staff carries its own footer.
 */
export type EmailContent = EmailBody & ({ contactEmail: string; footer?: never } | { footer: string; contactEmail?: never });

/** The footer of emails to staff, who get them as members of the privacy team, not as requesters; in the member's language. */
export function staffFooter(language: Language): string {
  return messages(language).staffEmails.footer;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only web links go into an email; anything else (javascript:, data:) is a bug upstream. */
function webUrl(url: string): string {
  const { protocol } = new URL(url);
  if (protocol !== "http:" && protocol !== "https:") throw new Error(`not an http(s) link: ${url}`);
  return url;
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const BODY = `font-size:16px;line-height:1.5;color:#1f2937;${FONT}`;
const SMALL = `font-size:13px;line-height:1.5;color:#6b7280;${FONT}`;

function blockHtml(block: Block, language: Language): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="margin:0 0 16px;${BODY}">${escapeHtml(block.text)}</p>`;
    case "subheading":
      return `<h2 style="margin:24px 0 8px;font-size:17px;color:#111827;${FONT}">${escapeHtml(block.text)}</h2>`;
    case "list":
      return `<ul style="margin:0 0 16px;padding-left:20px">${block.items.map((item) => `<li style="margin:0 0 6px;${BODY}">${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "facts":
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 16px 4px 0;font-size:14px;color:#6b7280;${FONT}">${escapeHtml(label)}</td>` +
            `<td style="padding:4px 0;font-size:16px;font-weight:600;color:#111827;${FONT}">${escapeHtml(value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "button": {
      const href = escapeHtml(webUrl(block.url));
      return (
        `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:12px 24px;border-radius:6px;background:#1d4ed8;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;${FONT}">${escapeHtml(block.label)}</a></p>` +
        `<p style="margin:0 0 20px;${SMALL}">${escapeHtml(messages(language).emails.layout.linkFallback)}<br><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>`
      );
    }
    case "note":
      return `<p style="margin:0 0 12px;${SMALL}">${escapeHtml(block.text)}</p>`;
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "note":
      return block.text;
    case "subheading":
      return `${block.text}\n${"-".repeat(block.text.length)}`;
    case "list":
      return block.items.map((item) => `- ${item}`).join("\n");
    case "facts":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
    case "button":
      // The link on a line of its own, so mail clients make the whole of it clickable.
      return `${block.label}:\n${webUrl(block.url)}`;
  }
}

/** Renders an email in the portal's frame: a table layout with inline styles, which is what mail clients reliably display. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { language, portalName, subject, heading, blocks } = content;
  const footer = content.footer ?? messages(language).emails.layout.footer(portalName, content.contactEmail);
  const html = `<!doctype html>
<html lang="${language}" dir="${messages(language).common.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e5e7eb;font-size:15px;font-weight:600;color:#374151;${FONT}">${escapeHtml(portalName)}</td></tr>
<tr><td style="padding:24px 32px 8px">
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#111827;${FONT}">${escapeHtml(heading)}</h1>
${blocks.map((block) => blockHtml(block, language)).join("\n")}
</td></tr>
</table>
<p style="max-width:560px;margin:16px auto 0;${SMALL}">${escapeHtml(footer)}</p>
</td></tr></table>
</body>
</html>
`;
  const text = [heading, ...blocks.map(blockText), "--", footer].join("\n\n") + "\n";
  return { subject, text, html };
}
