/**
 * The intake measure: JSON submissions per second to the intake API against
 * GET /api/health/live (the liveness probe: a bare route handler returning a
 * constant JSON, no database) on the same server, with autocannon over loopback on one server, the mail worker
 * delivering each verification email to a local SMTP sink meanwhile, so their
 * cost counts. Each submission has an address of its own (the per-address
 * limit would otherwise answer without storing); the server's per-client limit
 * is raised out of the way (bench/server.ts).
 */
import autocannon from "autocannon";
import { SMTPServer } from "smtp-server";
import type { Server } from "./server";
import { perSecond, type Row } from "./table";

export interface Sink {
  port: number;
  /** Messages received so far whose recipient's address starts with `prefix`. */
  received(prefix: string): number;
  close(): Promise<void>;
}

/** A sink that accepts and discards every message, counting them by recipient. */
export async function startSmtpSink(): Promise<Sink> {
  const recipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        recipients.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  // A server stopped between measures drops its pooled connection: a reset, not a failure of the bench.
  server.on("error", () => {});
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port)));
  return { port, received: (prefix) => recipients.filter((address) => address.startsWith(prefix)).length, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let submitted = 0;

/** A JSON submission with an address of its own each time. */
function intakeRequest(prefix: string): autocannon.Request {
  return {
    method: "POST",
    headers: { "content-type": "application/json" },
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ type: "deletion", email: `${prefix}-${process.pid}-${submitted++}@example.test`, name: "Bench" }) }),
  };
}

async function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: 10, ...options });
}

export async function intakeRow(server: Server, engine: Row["engine"], seconds: number, sink: Pick<Sink, "received">): Promise<Row> {
  // Warm both routes (first compilation of the route modules, connections).
  await cannon({ url: `${server.origin}/api/health/live`, duration: 1 });
  await cannon({ url: `${server.origin}/api/v1/portals/deepen/requests`, amount: 20, requests: [intakeRequest("warm")] });

  const live = await cannon({ url: `${server.origin}/api/health/live`, duration: seconds });
  const intake = await cannon({ url: `${server.origin}/api/v1/portals/deepen/requests`, duration: seconds, requests: [intakeRequest(`bench-${engine}`)] });
  // Let the worker catch up a moment, to report how much mail went out while (and just after) measuring.
  await new Promise((r) => setTimeout(r, 1_000));
  // Only the measured submissions' emails: not the warm-up's, which may still be going out.
  const mailed = sink.received(`bench-${engine}-${process.pid}-`);
  const accepted = intake["2xx"];
  console.error(`${engine}: intake: ${accepted} accepted (${intake.non2xx} not 2xx, ${intake.errors} errors), ${mailed} emails reached the sink; liveness: ${live["2xx"]} ok, ${live.non2xx} not`);
  if (intake.non2xx > 0 || accepted === 0) console.error(`${engine}: intake answered non-2xx: the ratio counts only 2xx`);
  return {
    measure: `intake POST vs GET /api/health/live (${seconds} s each, 10 connections; ${accepted} answered in time, ${mailed} verification emails delivered meanwhile)`,
    engine,
    a: perSecond(accepted / seconds),
    b: perSecond(live["2xx"] / seconds),
    ratio: accepted / live["2xx"],
    goal: "≥ 0.8×",
  };
}
