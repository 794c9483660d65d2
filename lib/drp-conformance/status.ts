/** §3.02: the states a Data Rights Request can be in, and the reasons each may carry. */
export const REASONS_BY_STATUS: Record<string, readonly string[]> = {
  open: [],
  in_progress: ["need_user_verification"],
  fulfilled: [],
  revoked: [],
  denied: ["suspected_fraud", "insuf_verification", "no_match", "claim_not_covered", "outside_jurisdiction", "too_many_requests", "other"],
  expired: [],
};

/** §3.03's timestamps are ISO 8601: a date, or a date and time with an optional offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isTimestamp(value: unknown): boolean {
  return typeof value === "string" && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
}

function isUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** What the suite expects of one status beyond the schema: the request it names, the agent's own id echoed. */
export type StatusExpectation = { requestId?: string; agentRequestId?: string; status?: string };

/**
 * The ways a body breaks §3.03's Exercise Status schema (and §3.02's table), in words;
 * empty when it conforms. Unknown fields are allowed: the schema is open.
 */
export function exerciseStatusProblems(body: unknown, expect: StatusExpectation = {}): string[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return ["the body is not a JSON object"];
  const s = body as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof s.request_id !== "string" || s.request_id === "") problems.push("request_id is missing or not a non-empty string");
  else if (expect.requestId !== undefined && s.request_id !== expect.requestId) problems.push(`request_id is "${s.request_id}", not the request asked about ("${expect.requestId}")`);

  const status = s.status;
  const reasons = typeof status === "string" ? REASONS_BY_STATUS[status] : undefined;
  if (!reasons) problems.push(`status ${JSON.stringify(status)} is not one of §3.02's: ${Object.keys(REASONS_BY_STATUS).join(", ")}`);
  else if (expect.status !== undefined && status !== expect.status) problems.push(`status is "${String(status)}", expected "${expect.status}"`);

  if (s.reason !== undefined && reasons) {
    if (typeof s.reason !== "string" || !reasons.includes(s.reason)) {
      problems.push(`reason ${JSON.stringify(s.reason)} is not one §3.02 gives for "${String(status)}"${reasons.length ? ` (${reasons.join(", ")})` : " (it has none)"}`);
    }
  }
  // §3.03: received_at MUST be present once the business has received the request, i.e. past `open`.
  if (s.received_at === undefined ? reasons && status !== "open" : !isTimestamp(s.received_at)) {
    problems.push(s.received_at === undefined ? `received_at is missing on a "${String(status)}" request` : `received_at ${JSON.stringify(s.received_at)} is not an ISO 8601 timestamp`);
  }
  // §3.03: for a request in progress, expected_by MUST be provided.
  if (s.expected_by === undefined ? status === "in_progress" : !isTimestamp(s.expected_by)) {
    problems.push(s.expected_by === undefined ? 'expected_by is missing on an "in_progress" request' : `expected_by ${JSON.stringify(s.expected_by)} is not an ISO 8601 timestamp`);
  }
  if (s.expires_at !== undefined && !isTimestamp(s.expires_at)) problems.push(`expires_at ${JSON.stringify(s.expires_at)} is not an ISO 8601 timestamp`);
  if (s.processing_details !== undefined && typeof s.processing_details !== "string") problems.push("processing_details is not a string");
  // §3.02.1: need_user_verification statuses MUST carry the URL the agent sends the user to.
  if (s.reason === "need_user_verification" && !isUrl(s.user_verification_url)) problems.push("user_verification_url is missing or not a URL on a need_user_verification status");
  else if (s.user_verification_url !== undefined && !isUrl(s.user_verification_url)) problems.push("user_verification_url is not a URL");
  if (s.results_url !== undefined && !isUrl(s.results_url)) problems.push("results_url is not a URL");
  // §3.03: agent_request_id MUST echo the agent-request-id the agent supplied.
  if (expect.agentRequestId !== undefined && s.agent_request_id !== expect.agentRequestId) {
    problems.push(`agent_request_id is ${JSON.stringify(s.agent_request_id)}, not the agent-request-id sent ("${expect.agentRequestId}")`);
  }
  return problems;
}
