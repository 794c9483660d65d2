import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP listener on 127.0.0.1 that keeps what it receives, for Vitest and
 * Playwright alike (so: no test-runner imports here). Start it in `beforeAll`,
 * never at import time: Playwright imports spec files in the runner too.
 */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  parsed: ParsedMail;
}

export interface Mailbox {
  port: number;
  /** For SMTP_URL or smtpTransport(). */
  url: string;
  messages: ReceivedMail[];
  /** The first message, received or yet to come, that matches. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

export interface MailboxOptions {
  /** 0 (the default) picks a free port; pass the old one to bring a stopped mailbox back. */
  port?: number;
  /** Recipients refused with a temporary failure (450), as a full mailbox would be. */
  refuse?: (address: string) => boolean;
}

export async function startMailbox({ port = 0, refuse = () => false }: MailboxOptions = {}): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP: nodemailer would otherwise upgrade to TLS and reject the self-signed certificate.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse(address.address)) return callback();
      callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 450 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
            messageId: parsed.messageId,
            parsed,
          };
          messages.push(mail);
          for (const notify of waiters) notify(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;

  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    waitFor(predicate, timeoutMs = 5_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (mail: ReceivedMail) => {
          if (!predicate(mail)) return;
          settle();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          settle();
          const seen = messages.map((m) => `"${m.subject}" to ${m.to.join(", ")}`).join("; ") || "none";
          reject(new Error(`no matching email within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        const settle = () => {
          clearTimeout(timer);
          waiters.delete(waiter);
        };
        waiters.add(waiter);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
