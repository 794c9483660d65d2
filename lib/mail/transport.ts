import { createTransport, type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "../env";

export type MailTransport = Transporter<SMTPTransport.SentMessageInfo>;

/**
 * A transport for one SMTP server, one connection per message: the outbox sends
 * a trickle, and a pooled connection gone stale would only add a failure mode.
 * Short timeouts keep a hung server from stalling the sender past its claim on
 * a message.
 */
export function smtpTransport(url: string): MailTransport {
  // SMTPTransport, never the pool, even for ?pool=true in the URL; and built directly,
  // because createTransport({ url, … }) would drop every option but the URL.
  return createTransport(new SMTPTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 }));
}

/** The configured transport, or null in embedded mode (SMTP_URL unset): mail stays in the outbox. */
export function transportFromEnv(): MailTransport | null {
  const { SMTP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL) : null;
}
