import type { Messages } from "../i18n/catalogue";
import { withoutForbidden } from "../validation/plain-text";

/**
 * Why a mailbox could not be read, as a code the settings page words in the
 * admin's language (staffMailbox.failures), with the server's own words as
 * detail. Nothing here ever holds the password: errors from the IMAP client
 * carry the server's answer or the socket's, never the credentials sent.
 */
export const IMAP_FAILURE_REASONS = ["auth", "host_not_found", "unreachable", "timeout", "tls", "folder", "password_unreadable", "import", "other"] as const;
export type ImapFailureReason = (typeof IMAP_FAILURE_REASONS)[number];

export interface ImapFailure {
  reason: ImapFailureReason;
  detail: string;
}

/** Where in the session it failed: a refusal while opening the folder means the folder, not the server. */
export type ImapPhase = "connect" | "folder" | "session";

const MAX_DETAIL = 300;

/**
 * A failure in the admin's words: what it means and what to do, then what the server (or, for
 * an import, the importer) said. Those words come from outside and sit inside a sentence of
 * ours, so no control or text-direction character of theirs is kept.
 */
export function failureWords(t: Messages["staffMailbox"], failure: { reason: string; detail: string | null }): string {
  const reason = (IMAP_FAILURE_REASONS as readonly string[]).includes(failure.reason) ? (failure.reason as ImapFailureReason) : "other";
  const detail = withoutForbidden(failure.detail ?? "").trim();
  if (!detail) return t.failures[reason];
  return `${t.failures[reason]} ${reason === "import" ? t.page.importError(detail) : t.page.serverSaid(detail)}`;
}

const NOT_FOUND = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME"]);
const UNREACHABLE = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "EPIPE", "NoConnection"]);
const TIMEOUT = new Set(["ETIMEDOUT", "ETIMEOUT", "CONNECT_TIMEOUT", "GREETING_TIMEOUT", "UPGRADE_TIMEOUT"]);
// Node's certificate verdicts (tls.TLSSocket#authorizationError) besides the ERR_SSL_/ERR_TLS_ families.
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

type ImapError = { code?: unknown; message?: unknown; authenticationFailed?: unknown; serverResponseCode?: unknown; responseText?: unknown; responseStatus?: unknown };

function detailOf(e: ImapError): string {
  const text = typeof e.responseText === "string" && e.responseText ? e.responseText : typeof e.message === "string" ? e.message : String(e);
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_DETAIL);
}

export function imapFailure(error: unknown, phase: ImapPhase): ImapFailure {
  const e: ImapError = typeof error === "object" && error !== null ? (error as ImapError) : { message: String(error) };
  const code = typeof e.code === "string" ? e.code : "";
  const detail = detailOf(e);
  if (e.authenticationFailed === true || e.serverResponseCode === "AUTHENTICATIONFAILED") return { reason: "auth", detail };
  if (NOT_FOUND.has(code)) return { reason: "host_not_found", detail };
  if (TIMEOUT.has(code)) return { reason: "timeout", detail };
  if (code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_") || CERTIFICATE.test(code)) return { reason: "tls", detail };
  if (UNREACHABLE.has(code)) return { reason: "unreachable", detail };
  if (phase === "folder" && e.responseStatus === "NO") return { reason: "folder", detail };
  return { reason: "other", detail };
}
