import { createPublicKey, randomBytes, randomUUID, verify, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A minimal Privacy Infrastructure Provider that follows DRP §2 and §3.07, on node:http: a
 * fixture that proves the conformance suite's plumbing, not a model of Rightsdesk. `flaw`
 * makes it skip one rule, so the suite can be seen to catch it.
 */
export type FixtureFlaw = "ignores-business-id" | "serves-other-agents";

const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export async function startFixturePip(o: { businessId: string; agents: Record<string, string>; flaw?: FixtureFlaw }) {
  const keys = new Map<string, KeyObject>(Object.entries(o.agents).map(([id, b64]) => [id, createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(b64, "base64")]), format: "der", type: "spki" })]));
  const tokens = new Map<string, string>();
  const requests = new Map<string, { agentId: string; body: Record<string, unknown> }>();

  const json = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  const refuse = (res: ServerResponse, status: number, message: string) => json(res, status, { code: String(status), message });

  /** §3.07's chain: decode, signature by the agent's key, agent-id, business-id, issued-at ≤ now < expires-at. */
  function open(signed: string, agentId: string, envelope: boolean): Record<string, unknown> | null {
    const bytes = Buffer.from(signed, "base64");
    if (bytes.toString("base64") !== signed || bytes.length < 64) return null;
    const key = keys.get(agentId);
    if (!key || !verify(null, bytes.subarray(64), key, bytes.subarray(0, 64))) return null;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(bytes.subarray(64).toString("utf8")) as Record<string, unknown>;
    } catch {
      return null;
    }
    if (!envelope) return body;
    const t = Date.now();
    if (body["agent-id"] !== agentId) return null;
    if (body["business-id"] !== o.businessId && o.flaw !== "ignores-business-id") return null;
    if (!(t >= Date.parse(String(body["issued-at"])) && t < Date.parse(String(body["expires-at"])))) return null;
    return body;
  }

  function status(id: string, s: { body: Record<string, unknown> }, state = "in_progress") {
    const base = { request_id: id, status: state, received_at: new Date().toISOString(), ...(s.body["agent-request-id"] ? { agent_request_id: s.body["agent-request-id"] } : {}) };
    return state === "in_progress" ? { ...base, expected_by: new Date(Date.now() + 45 * 86_400_000).toISOString() } : base;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let text = "";
    for await (const chunk of req) text += String(chunk);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const caller = bearer ? tokens.get(bearer) : undefined;
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const agentPath = /^\/v1\/agent\/([A-Z_]+)$/.exec(path);
    const requestPath = /^\/v1\/data-rights-request\/([^/]+)$/.exec(path);

    if (agentPath && req.method === "POST") {
      if (!open(text, agentPath[1]!, true)) return res.writeHead(403).end();
      const token = randomBytes(24).toString("base64url");
      tokens.set(token, agentPath[1]!);
      return json(res, 200, { "agent-id": agentPath[1], token });
    }
    if (!caller) return refuse(res, 401, "A bearer token from POST agent/{id} is required.");
    if (agentPath && req.method === "GET") return agentPath[1] === caller ? json(res, 200, {}) : refuse(res, 403, "The token is not this agent's.");
    if (path === "/v1/data-rights-request" && req.method === "POST") {
      const body = open(text, caller, true);
      if (!body) return refuse(res, 403, "The request failed §3.07 validation.");
      if (!["deletion", "access", "access:categories", "access:specific", "sale:opt-out", "sale:opt_out", "sale:opt-in", "sale:opt_in"].includes(String(body.exercise))) return refuse(res, 400, "Unsupported rights action.");
      const id = randomUUID();
      requests.set(id, { agentId: caller, body });
      return json(res, 200, status(id, requests.get(id)!));
    }
    const stored = requestPath ? requests.get(decodeURIComponent(requestPath[1]!)) : undefined;
    if (requestPath && stored && (stored.agentId === caller || o.flaw === "serves-other-agents")) {
      const id = decodeURIComponent(requestPath[1]!);
      if (req.method === "GET") return json(res, 200, status(id, stored, stored.body.revoked ? "revoked" : "in_progress"));
      if (req.method === "DELETE") {
        if (!open(text, caller, false)) return refuse(res, 403, "The revocation failed §3.07 validation.");
        stored.body.revoked = true;
        return json(res, 200, status(id, stored, "revoked"));
      }
    }
    return refuse(res, requestPath ? 403 : 404, "Not this agent's request, or no such resource.");
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
