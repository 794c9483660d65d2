import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { smtpTransport } from "./transport";

/** A listener that counts the connections it accepts and notes when each closes. */
let server: SMTPServer;
let url: string;
const opened: string[] = [];
const closed = new Set<string>();
let delivered = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(session, callback) {
      opened.push(session.id);
      callback();
    },
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, _session, callback) {
      stream.resume().on("end", () => {
        delivered++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mail = (i: number) => ({ from: "a@example.test", to: `r${i}@example.test`, subject: `m${i}`, text: "x" });

it("sends one message after another over one connection, and closes it once idle", async () => {
  const transport = smtpTransport(url);
  for (let i = 0; i < 5; i++) await transport.sendMail(mail(i));
  await Promise.all([5, 6, 7].map((i) => transport.sendMail(mail(i))));
  expect(delivered).toBe(8);
  expect(opened).toHaveLength(1);

  for (let i = 0; i < 200 && !closed.has(opened[0]!); i++) await new Promise((r) => setTimeout(r, 25));
  expect(closed.has(opened[0]!)).toBe(true);

  // Mail after the idle close opens a fresh connection.
  await transport.sendMail(mail(8));
  expect(opened).toHaveLength(2);
  expect(delivered).toBe(9);
});
