import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What a test receiver got: one entry per POST, body as sent. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP receiver for webhook tests, on a port of its own: it records
 * every POST and answers what `answer` says. `down()` closes it (connections
 * are refused), `up()` listens again on the same port.
 */
export async function startReceiver(answer: () => { status: number; body?: string } = () => ({ status: 204 })) {
  const received: Received[] = [];
  let respond = answer;
  const make = () =>
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
        const { status, body = "" } = respond();
        res.writeHead(status, { "content-type": "text/plain" }).end(body);
      });
    });
  const listen = (server: Server, port: number) => new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  let server = make();
  const port = await listen(server, 0);
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url: `http://127.0.0.1:${port}/rightsdesk-hooks`,
    received,
    answer(next: () => { status: number; body?: string }) {
      respond = next;
    },
    down: close,
    async up() {
      server = make();
      await listen(server, port);
    },
    close,
  };
}
