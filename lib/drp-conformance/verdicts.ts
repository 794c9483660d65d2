import { exerciseStatusProblems, type StatusExpectation } from "./status";

/** One HTTP answer as the suite saw it. */
export type Reply = { status: number; contentType: string | null; body: string };

export type Verdict = { ok: boolean; detail: string };

const pass = (detail: string): Verdict => ({ ok: true, detail });
const fail = (detail: string): Verdict => ({ ok: false, detail });

function json(reply: Reply): { value: unknown } | { problem: string } {
  if (!/^application\/json\s*(;|$)/i.test(reply.contentType ?? "")) return { problem: `Content-Type is ${JSON.stringify(reply.contentType)}, not application/json (§2.0)` };
  try {
    return { value: JSON.parse(reply.body) as unknown };
  } catch {
    return { problem: "the body is not JSON" };
  }
}

function excerpt(reply: Reply): string {
  return reply.body.length > 200 ? `${reply.body.slice(0, 200)}…` : reply.body;
}

function unexpected(reply: Reply, wanted: string): Verdict {
  return fail(`HTTP ${reply.status}, wanted ${wanted}${reply.body ? `: ${excerpt(reply)}` : ""}`);
}

/** §2.05.1: 200 and `{"agent-id", "token"}`, the agent-id the one presented. */
export function pairwiseVerdict(reply: Reply, agentId: string): Verdict & { token?: string } {
  if (reply.status !== 200) return unexpected(reply, "200");
  const parsed = json(reply);
  if ("problem" in parsed) return fail(parsed.problem);
  const body = parsed.value as Record<string, unknown> | null;
  if (typeof body !== "object" || body === null) return fail("the body is not a JSON object");
  if (body["agent-id"] !== agentId) return fail(`agent-id is ${JSON.stringify(body["agent-id"])}, not "${agentId}"`);
  if (typeof body.token !== "string" || body.token === "") return fail("token is missing or not a non-empty string");
  return { ...pass("200 with the agent-id and a token"), token: body.token };
}

/** §2.05.1: a failed pairwise setup is 403 with no body. */
export function pairwiseRefusalVerdict(reply: Reply): Verdict {
  if (reply.status !== 403) return unexpected(reply, "403");
  if (reply.body !== "") return fail(`403, but with a body (§2.05.1 says none): ${excerpt(reply)}`);
  return pass("403 with an empty body");
}

/**
 * A refusal: a 4xx (exactly `status` when the spec names one) with §3.06's error body,
 * `{"code": "<the HTTP code>", "message"}`. A 2xx accepted what it must not; a 5xx is a crash, not a refusal.
 */
export function refusalVerdict(reply: Reply, status?: number): Verdict {
  if (status !== undefined ? reply.status !== status : reply.status < 400 || reply.status > 499) return unexpected(reply, status ? String(status) : "a 4xx refusal");
  const parsed = json(reply);
  if ("problem" in parsed) return fail(`${reply.status}, but ${parsed.problem}: §3.06 wants {code, message}`);
  const body = parsed.value as Record<string, unknown> | null;
  if (typeof body !== "object" || body === null) return fail(`${reply.status}, but the body is not a JSON object: §3.06 wants {code, message}`);
  if (body.code !== String(reply.status)) return fail(`${reply.status}, but code is ${JSON.stringify(body.code)}, not "${reply.status}" (§3.06)`);
  if (typeof body.message !== "string") return fail(`${reply.status}, but message is missing (§3.06)`);
  if (body.fatal !== undefined && typeof body.fatal !== "boolean") return fail(`${reply.status}, but fatal is not a boolean (§3.06)`);
  return pass(`refused with ${reply.status}: ${body.message}`);
}

/** §3.03: 200 and an Exercise Status that conforms, meeting the suite's expectation. */
export function statusVerdict(reply: Reply, expect: StatusExpectation = {}): Verdict & { requestId?: string; status?: string } {
  if (reply.status !== 200) return unexpected(reply, "200");
  const parsed = json(reply);
  if ("problem" in parsed) return fail(parsed.problem);
  const problems = exerciseStatusProblems(parsed.value, expect);
  if (problems.length) return fail(problems.join("; "));
  const s = parsed.value as { request_id: string; status: string; reason?: string };
  return { ...pass(`${s.status}${s.reason ? `/${s.reason}` : ""}, request ${s.request_id}`), requestId: s.request_id, status: s.status };
}

/** §2.06.1: 200 and a JSON object (at least `{}`). */
export function agentInfoVerdict(reply: Reply): Verdict {
  if (reply.status !== 200) return unexpected(reply, "200");
  const parsed = json(reply);
  if ("problem" in parsed) return fail(parsed.problem);
  if (typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) return fail("the body is not a JSON object");
  return pass("200 with a JSON object");
}
