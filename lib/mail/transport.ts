import { connect, type Socket } from "node:net";
import { createTransport, type SendMailOptions, type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "../env";

/** Delivers one message; resolves once the server has accepted it, rejects with the server's or the connection's error. */
export interface MailTransport {
  sendMail(mail: SendMailOptions): Promise<unknown>;
}

const TIMEOUT_MS = 10_000;

/**
 * The pool's sockets, made here only to turn off Nagle's algorithm, which
 * nodemailer leaves on: each message's last small write then waited for the
 * server's delayed ACK, ~40 ms a message even on loopback. The socket is handed
 * over still connecting, so nodemailer's own timeouts and error handling apply
 * as before: a refused or failed connection is its CONN error, with the code.
 */
function openSocket(options: SMTPPool.Options, callback: (err: Error | null, socketOptions: { connection: Socket }) => void): void {
  // nodemailer's default ports when the URL names none (smtp-connection/index.js).
  callback(null, { connection: connect({ host: options.host, port: Number(options.port) || (options.secure ? 465 : 587), noDelay: true }) });
}

/** A connection with nothing to send closes after this long: well inside any server's idle timeout, so none goes stale. */
const IDLE_CLOSE_MS = 1_000;

/**
 * A transport for one SMTP server that keeps one connection open while there
 * is mail to send, and closes it once idle: a connection per message cost the
 * sender more than the message, and under load it fell behind (issue 12).
 * Messages go out one after another on it, in the order they were handed over.
 * A new connection every 100 messages, as most servers expect. A message whose
 * connection closes under it fails (maxRequeues 0) rather than being sent again
 * behind the sender's back: the sender decides about retries. Short timeouts
 * keep a hung server from stalling the sender past its claim on a message.
 */
export function smtpTransport(url: string): MailTransport {
  let pool: Transporter | undefined;
  let sending = 0;
  let idle: NodeJS.Timeout | undefined;
  // maxRequeues is nodemailer's (smtp-pool/index.js) but missing from @types/nodemailer.
  const options: SMTPPool.Options & { maxRequeues: number } = {
    pool: true,
    url,
    maxConnections: 1,
    maxMessages: 100,
    maxRequeues: 0,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    getSocket: openSocket,
  };
  // Built directly: createTransport({ url, … }) would drop every option but the URL.
  const open = () => createTransport(new SMTPPool(options));
  return {
    async sendMail(mail) {
      clearTimeout(idle);
      const current = (pool ??= open());
      sending++;
      try {
        return await current.sendMail(mail);
      } finally {
        sending--;
        if (sending === 0) {
          // unref: an open connection alone never keeps a process alive.
          idle = setTimeout(() => {
            if (pool !== current || sending > 0) return;
            pool = undefined;
            current.close();
          }, IDLE_CLOSE_MS).unref();
        }
      }
    },
  };
}

/** The configured transport, or null in embedded mode (SMTP_URL unset): mail stays in the outbox. */
export function transportFromEnv(): MailTransport | null {
  const { SMTP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL) : null;
}
