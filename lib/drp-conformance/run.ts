import { randomUUID } from "node:crypto";
import { now } from "../clock";
import { DEFAULT_DRP_VERSION, DRP_ACTIONS } from "./actions";
import { endpoint, send } from "./http";
import { flipByte, signCombined, strangerKey, type AgentKey } from "./signing";
import { agentInfoVerdict, pairwiseRefusalVerdict, pairwiseVerdict, refusalVerdict, statusVerdict, type Reply, type Verdict } from "./verdicts";

export type Agent = { id: string; key: AgentKey };

export type ConformanceOptions = {
  base: string;
  agent: Agent;
  businessId: string;
  /** A second registered agent, for "another agent's request is refused". */
  agent2?: Agent;
  actions?: readonly string[];
  /** `undefined` leaves `regime` out (voluntary processing, §2.01). */
  regime?: string;
  drpVersion?: string;
  identity?: { name: string; email: string };
};

export type CheckResult = { check: string; outcome: "pass" | "fail" | "not run"; detail: string };

const MINUTE = 60_000;

/** Runs every check in order against one PIP; a check whose prerequisite failed is reported "not run", naming it. */
export async function runConformance(o: ConformanceOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const actions = o.actions ?? DRP_ACTIONS;
  const url = (path: string) => endpoint(o.base, path);

  async function check<T extends Verdict>(name: string, attempt: () => Promise<T>): Promise<T | null> {
    try {
      const verdict = await attempt();
      results.push({ check: name, outcome: verdict.ok ? "pass" : "fail", detail: verdict.detail });
      return verdict.ok ? verdict : null;
    } catch (e) {
      results.push({ check: name, outcome: "fail", detail: `no answer: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}` });
      return null;
    }
  }
  const notRun = (name: string, why: string) => results.push({ check: name, outcome: "not run", detail: why });

  /** §2.01's envelope, fresh: issued a few seconds ago (a PIP whose clock lags must still accept it), valid ten minutes. */
  function claims(agentId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const t = now().getTime();
    return { "agent-id": agentId, "business-id": o.businessId, "issued-at": new Date(t - 5_000).toISOString(), "expires-at": new Date(t + 10 * MINUTE).toISOString(), "drp.version": o.drpVersion ?? DEFAULT_DRP_VERSION, ...overrides };
  }
  function exercise(action: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const identity = o.identity ?? { name: "DRP Conformance", email: "drp-conformance@example.com" };
    return claims(o.agent.id, { "agent-request-id": `conformance-${randomUUID()}`, exercise: action, ...(o.regime ? { regime: o.regime } : {}), name: identity.name, email: identity.email, email_verified: true, ...overrides });
  }
  const signed = (key: AgentKey, body: Record<string, unknown>) => signCombined(key, JSON.stringify(body));
  const pair = (agent: Agent, signedBody: string, urlAgentId = agent.id) => send(url(`agent/${urlAgentId}`), { method: "POST", signed: signedBody });

  const setup = await check("pairwise setup: POST agent/{id} returns {agent-id, token}", async () => pairwiseVerdict(await pair(o.agent, signed(o.agent.key, claims(o.agent.id))), o.agent.id));
  await check("pairwise setup refuses a flipped signature byte", async () => pairwiseRefusalVerdict(await pair(o.agent, flipByte(signed(o.agent.key, claims(o.agent.id)), 10))));
  await check("pairwise setup refuses a body signed by another key", async () => pairwiseRefusalVerdict(await pair(o.agent, signed(strangerKey(), claims(o.agent.id)))));
  await check("pairwise setup refuses an agent-id that is not the URL's", async () => pairwiseRefusalVerdict(await pair(o.agent, signed(o.agent.key, claims(`${o.agent.id}_IMPOSTOR`)))));
  await check("pairwise setup refuses another business-id", async () => pairwiseRefusalVerdict(await pair(o.agent, signed(o.agent.key, claims(o.agent.id, { "business-id": `${o.businessId}-not-this-one` })))));

  const token = setup?.token;
  if (!token) {
    notRun("every further check", "needs the pairwise setup's token");
    return results;
  }
  // `null` sends no Authorization header at all.
  const post = (signedBody: string, bearer: string | null = token) => send(url("data-rights-request"), { method: "POST", bearer: bearer ?? undefined, signed: signedBody });
  const status = (requestId: string, bearer = token) => send(url(`data-rights-request/${encodeURIComponent(requestId)}`), { method: "GET", bearer });
  const revoke = (requestId: string, signedBody: string, bearer = token) => send(url(`data-rights-request/${encodeURIComponent(requestId)}`), { method: "DELETE", bearer, signed: signedBody });

  await check("agent information: GET agent/{id} with the token", async () => agentInfoVerdict(await send(url(`agent/${o.agent.id}`), { method: "GET", bearer: token })));
  await check("agent information refuses the token for another agent-id (403)", async () => refusalVerdict(await send(url(`agent/${o.agent.id}_IMPOSTOR`), { method: "GET", bearer: token }), 403));

  const first = actions[0]!;
  const refusals: [string, () => Promise<Reply>][] = [
    ["without a bearer token", () => post(signed(o.agent.key, exercise(first)), null)],
    ["with an unknown bearer token", () => post(signed(o.agent.key, exercise(first)), `${token}x`)],
    ["that is not base64", () => post("this is not base64!")],
    ["with a flipped signature byte", () => post(flipByte(signed(o.agent.key, exercise(first)), 10))],
    ["with a flipped message byte", () => post(flipByte(signed(o.agent.key, exercise(first)), 64 + 2))],
    ["signed by another key", () => post(signed(strangerKey(), exercise(first)))],
    ["whose agent-id is not the token's agent", () => post(signed(o.agent.key, exercise(first, { "agent-id": `${o.agent.id}_IMPOSTOR` })))],
    ["for another business-id", () => post(signed(o.agent.key, exercise(first, { "business-id": `${o.businessId}-not-this-one` })))],
    ["issued in the future (issued-at an hour ahead)", () => post(signed(o.agent.key, exercise(first, { "issued-at": new Date(now().getTime() + 60 * MINUTE).toISOString(), "expires-at": new Date(now().getTime() + 70 * MINUTE).toISOString() })))],
    ["past its expires-at", () => post(signed(o.agent.key, exercise(first, { "issued-at": new Date(now().getTime() - 20 * MINUTE).toISOString(), "expires-at": new Date(now().getTime() - 10 * MINUTE).toISOString() })))],
    ["of an unknown rights action", () => post(signed(o.agent.key, exercise("conformance:not-an-action")))],
  ];
  for (const [what, attempt] of refusals) await check(`exercise ${what} is refused`, async () => refusalVerdict(await attempt()));

  const created: { action: string; requestId: string }[] = [];
  for (const action of actions) {
    const body = exercise(action);
    const made = await check(`exercise ${action}: Exercise Status`, async () => statusVerdict(await post(signed(o.agent.key, body)), { agentRequestId: String(body["agent-request-id"]) }));
    if (made?.requestId) created.push({ action, requestId: made.requestId });
  }
  for (const action of actions) {
    const made = created.find((c) => c.action === action);
    const name = `status of the ${action} request: GET data-rights-request/{id}`;
    if (!made) notRun(name, `needs the ${action} exercise to succeed`);
    else await check(name, async () => statusVerdict(await status(made.requestId), { requestId: made.requestId }));
  }

  const target = created[0];
  const otherGet = "another agent's GET of this agent's request is refused (403)";
  const otherDelete = "another agent's DELETE of this agent's request is refused (403) and revokes nothing";
  if (!o.agent2) {
    for (const name of [otherGet, otherDelete]) notRun(name, "needs --agent2-id and --key2 (a second agent the PIP knows)");
  } else if (!target) {
    for (const name of [otherGet, otherDelete]) notRun(name, "needs one exercise to succeed");
  } else {
    const agent2 = o.agent2;
    const setup2 = await check(`pairwise setup of the second agent (${agent2.id})`, async () => pairwiseVerdict(await pair(agent2, signed(agent2.key, claims(agent2.id))), agent2.id));
    if (!setup2?.token) {
      for (const name of [otherGet, otherDelete]) notRun(name, "needs the second agent's pairwise setup");
    } else {
      await check(otherGet, async () => refusalVerdict(await status(target.requestId, setup2.token), 403));
      await check(otherDelete, async () => {
        const refused = refusalVerdict(await revoke(target.requestId, signed(agent2.key, { reason: "conformance: not mine to revoke" }), setup2.token), 403);
        if (!refused.ok) return refused;
        const after = statusVerdict(await status(target.requestId), { requestId: target.requestId });
        if (!after.ok) return { ok: false, detail: `refused, but the owner's GET then fails: ${after.detail}` };
        return after.status === "revoked" ? { ok: false, detail: "refused, yet the request is now revoked" } : refused;
      });
    }
  }

  const body = exercise(first);
  const victim = await check(`exercise ${first} for revocation`, async () => statusVerdict(await post(signed(o.agent.key, body)), { agentRequestId: String(body["agent-request-id"]) }));
  const revocation = "revocation: DELETE data-rights-request/{id} signed {reason} answers revoked";
  if (!victim?.requestId) {
    for (const name of ["revocation with a flipped signature byte is refused", revocation, "status after revocation is revoked"]) notRun(name, "needs the exercise for revocation to succeed");
    return results;
  }
  const id = victim.requestId;
  await check("revocation with a flipped signature byte is refused", async () => refusalVerdict(await revoke(id, flipByte(signed(o.agent.key, { reason: "conformance" }), 10))));
  await check(revocation, async () => statusVerdict(await revoke(id, signed(o.agent.key, { reason: "conformance: the user changed their mind" })), { requestId: id, status: "revoked" }));
  await check("status after revocation is revoked", async () => statusVerdict(await status(id), { requestId: id, status: "revoked" }));
  return results;
}
