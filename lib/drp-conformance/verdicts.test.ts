import { describe, expect, it } from "vitest";
import { exerciseStatusProblems } from "./status";
import { agentInfoVerdict, pairwiseRefusalVerdict, pairwiseVerdict, refusalVerdict, statusVerdict, type Reply } from "./verdicts";

const JSON_TYPE = "application/json; charset=utf-8";
const reply = (status: number, body: unknown, contentType: string | null = JSON_TYPE): Reply => ({ status, contentType, body: typeof body === "string" ? body : JSON.stringify(body) });

const IN_PROGRESS = { request_id: "c789ff35", status: "in_progress", received_at: "2026-11-29T10:00:00Z", expected_by: "2027-01-13T10:00:00Z", agent_request_id: "a-1", processing_details: "45 days under CCPA" };

describe("Exercise Status (§3.02, §3.03)", () => {
  it.each<[string, Record<string, unknown>]>([
    ["in_progress with received_at and expected_by", IN_PROGRESS],
    ["open without received_at", { request_id: "r", status: "open" }],
    ["a date-only expected_by", { ...IN_PROGRESS, expected_by: "2027-01-13" }],
    ["need_user_verification with its URL", { ...IN_PROGRESS, reason: "need_user_verification", user_verification_url: "https://pip.example/verify/r" }],
    ["denied/too_many_requests with details", { request_id: "r", status: "denied", reason: "too_many_requests", received_at: "2026-11-29T10:00:00.123+05:00", processing_details: "third request this year" }],
    ["fulfilled with results_url and expires_at, and fields the schema does not name", { request_id: "r", status: "fulfilled", received_at: "2026-11-29T10:00:00Z", results_url: "https://pip.example/r.zip", expires_at: "2027-01-01T00:00:00Z", vendor_extra: 1 }],
  ])("accepts %s", (_, body) => {
    expect(exerciseStatusProblems(body)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["an array", [], "the body is not a JSON object"],
    ["no request_id", { status: "open" }, "request_id is missing or not a non-empty string"],
    ["a status outside §3.02", { request_id: "r", status: "pending" }, 'status "pending" is not one of §3.02\'s: open, in_progress, fulfilled, revoked, denied, expired'],
    ["a reason the status does not have", { ...IN_PROGRESS, status: "denied", reason: "need_user_verification" }, 'reason "need_user_verification" is not one §3.02 gives for "denied" (suspected_fraud, insuf_verification, no_match, claim_not_covered, outside_jurisdiction, too_many_requests, other)'],
    ["a reason on fulfilled", { request_id: "r", status: "fulfilled", received_at: "2026-11-29T10:00:00Z", reason: "other" }, 'reason "other" is not one §3.02 gives for "fulfilled" (it has none)'],
    ["in_progress without expected_by", { ...IN_PROGRESS, expected_by: undefined }, 'expected_by is missing on an "in_progress" request'],
    ["in_progress without received_at", { ...IN_PROGRESS, received_at: undefined }, 'received_at is missing on a "in_progress" request'],
    ["a timestamp that is not ISO 8601", { ...IN_PROGRESS, received_at: "29/11/2026" }, 'received_at "29/11/2026" is not an ISO 8601 timestamp'],
    ["an impossible date", { ...IN_PROGRESS, expected_by: "2027-13-45" }, 'expected_by "2027-13-45" is not an ISO 8601 timestamp'],
    ["need_user_verification without a URL", { ...IN_PROGRESS, reason: "need_user_verification" }, "user_verification_url is missing or not a URL on a need_user_verification status"],
    ["processing_details that is not a string", { ...IN_PROGRESS, processing_details: 3 }, "processing_details is not a string"],
  ])("refuses %s", (_, body, problem) => {
    expect(exerciseStatusProblems(body)).toContain(problem);
  });

  it("names an agent_request_id that does not echo the one sent, and a request_id that is not the one asked for", () => {
    expect(exerciseStatusProblems(IN_PROGRESS, { agentRequestId: "a-2", requestId: "other" })).toEqual([
      'request_id is "c789ff35", not the request asked about ("other")',
      'agent_request_id is "a-1", not the agent-request-id sent ("a-2")',
    ]);
  });
});

describe("verdicts on canned replies", () => {
  it("pairwise setup: the token passes, a wrong agent-id or a missing token fails", () => {
    expect(pairwiseVerdict(reply(200, { "agent-id": "CR", token: "t0k" }), "CR")).toEqual({ ok: true, detail: "200 with the agent-id and a token", token: "t0k" });
    expect(pairwiseVerdict(reply(200, { "agent-id": "OTHER", token: "t" }), "CR")).toEqual({ ok: false, detail: 'agent-id is "OTHER", not "CR"' });
    expect(pairwiseVerdict(reply(200, { "agent-id": "CR" }), "CR").detail).toBe("token is missing or not a non-empty string");
    expect(pairwiseVerdict(reply(200, { "agent-id": "CR", token: "t" }, "text/html"), "CR").detail).toBe('Content-Type is "text/html", not application/json (§2.0)');
    expect(pairwiseVerdict(reply(403, ""), "CR")).toEqual({ ok: false, detail: "HTTP 403, wanted 200" });
  });

  it("a pairwise refusal is 403 with no body; a body or another code fails", () => {
    expect(pairwiseRefusalVerdict(reply(403, "", null))).toEqual({ ok: true, detail: "403 with an empty body" });
    expect(pairwiseRefusalVerdict(reply(403, { code: "403", message: "no" })).detail).toBe('403, but with a body (§2.05.1 says none): {"code":"403","message":"no"}');
    expect(pairwiseRefusalVerdict(reply(200, { "agent-id": "CR", token: "t" }))).toMatchObject({ ok: false, detail: 'HTTP 200, wanted 403: {"agent-id":"CR","token":"t"}' });
  });

  it("a refusal is a 4xx with §3.06's {code, message}; acceptance, a crash or another shape fails", () => {
    expect(refusalVerdict(reply(403, { code: "403", message: "Bad signature", fatal: true }))).toEqual({ ok: true, detail: "refused with 403: Bad signature" });
    expect(refusalVerdict(reply(400, { code: "400", message: "Unsupported rights actions submitted." }))).toMatchObject({ ok: true });
    expect(refusalVerdict(reply(200, IN_PROGRESS)).ok).toBe(false);
    expect(refusalVerdict(reply(500, "boom", "text/plain")).detail).toBe("HTTP 500, wanted a 4xx refusal: boom");
    expect(refusalVerdict(reply(401, { code: 401, message: "x" })).detail).toBe('401, but code is 401, not "401" (§3.06)');
    expect(refusalVerdict(reply(401, { error: "x" })).detail).toBe('401, but code is undefined, not "401" (§3.06)');
    expect(refusalVerdict(reply(401, "", null)).detail).toBe("401, but Content-Type is null, not application/json (§2.0): §3.06 wants {code, message}");
    expect(refusalVerdict(reply(404, { code: "404", message: "no" }), 403).detail).toBe('HTTP 404, wanted 403: {"code":"404","message":"no"}');
  });

  it("a status reply passes with its request id and state, and fails naming every problem", () => {
    expect(statusVerdict(reply(200, IN_PROGRESS), { agentRequestId: "a-1" })).toEqual({ ok: true, detail: "in_progress, request c789ff35", requestId: "c789ff35", status: "in_progress" });
    expect(statusVerdict(reply(200, { ...IN_PROGRESS, status: "revoked", expected_by: undefined }), { status: "revoked" })).toMatchObject({ ok: true, status: "revoked" });
    expect(statusVerdict(reply(200, IN_PROGRESS), { status: "revoked" }).detail).toBe('status is "in_progress", expected "revoked"');
    expect(statusVerdict(reply(200, { status: "done" })).detail).toBe("request_id is missing or not a non-empty string; status \"done\" is not one of §3.02's: open, in_progress, fulfilled, revoked, denied, expired");
  });

  it("agent information wants 200 and an object", () => {
    expect(agentInfoVerdict(reply(200, {}))).toEqual({ ok: true, detail: "200 with a JSON object" });
    expect(agentInfoVerdict(reply(200, []))).toEqual({ ok: false, detail: "the body is not a JSON object" });
  });
});
