import http from "node:http";
import https from "node:https";
import { performance } from "node:perf_hooks";
import { now } from "../clock";
import { checkWebhookTarget, publicOnlyLookup } from "./target-guard";

/** How long a receiver has to answer: the whole exchange, connection to last byte read. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** What the delivery log keeps of an answer. */
export const EXCERPT_CHARS = 500;
/** Read no more than this of an answer; the rest is not waited for. */
const READ_BYTES = 4 * 1024;

export interface PostOutcome {
  /** The receiver's status code; absent when there was no answer (refused, unreachable, timed out). */
  statusCode?: number;
  durationMs: number;
  /** The start of the answer's body, or why there was none. */
  excerpt: string;
  /** What Retry-After asked for, in milliseconds. */
  retryAfterMs?: number;
}

/**
 * POSTs one signed body. Redirects are not followed (node:http never does):
 * a 3xx is a failure, as Standard Webhooks advises, and a redirect could lead
 * past the address guard. The address is checked again here, since DNS may
 * have changed since the endpoint was added, and checked as it is connected to.
 */
export async function postWebhook({ url, headers, body, allowPrivate, timeoutMs = WEBHOOK_TIMEOUT_MS }: { url: string; headers: Record<string, string>; body: string; allowPrivate: boolean; timeoutMs?: number }): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = await checkWebhookTarget(url, { allowPrivate });
  if (!target.ok) return { durationMs: elapsed(), excerpt: `Not sent: the URL ${target.reason}.` };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    const request = client.request(target.url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Rightsdesk-Webhooks/1" },
      lookup: allowPrivate ? undefined : publicOnlyLookup(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let read = 0;
      const done = () => {
        const excerpt = Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
        resolve({ statusCode: response.statusCode, durationMs: elapsed(), excerpt, retryAfterMs: retryAfterMs(response.headers["retry-after"]) });
        response.destroy();
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        read += chunk.length;
        if (read >= READ_BYTES) done();
      });
      response.on("end", done);
      // The status is in: a body cut short (a timeout, a reset) does not undo the answer.
      response.on("error", done);
    });
    request.on("error", (e: NodeJS.ErrnoException) => {
      const why = e.name === "AbortError" || e.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : e.code === "EWEBHOOKTARGET" ? `the URL ${e.message}` : e.message;
      resolve({ durationMs: elapsed(), excerpt: `Not delivered: ${why}.` });
    });
    request.end(body);
  });
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from the answer's arrival. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(at - now().getTime(), 0);
}
