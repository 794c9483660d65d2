import type { DrpRequest, DsrRequest } from "../../db/schema";
import type { RejectionGroundId } from "../deadlines/rejection-grounds";

/** The states of DRP §3.02. */
export type DrpStatus = "open" | "in_progress" | "fulfilled" | "revoked" | "denied" | "expired";
export type DrpDeniedReason = "suspected_fraud" | "insuf_verification" | "no_match" | "claim_not_covered" | "outside_jurisdiction" | "too_many_requests" | "other";

/** The Exercise Status object of DRP §3.03. */
export interface ExerciseStatus {
  request_id: string;
  agent_request_id?: string;
  status: DrpStatus;
  reason?: DrpDeniedReason;
  received_at: string;
  expected_by?: string;
  processing_details?: string;
  expires_at?: string;
}

/** Our grounds for refusal in DRP's words (§3.02's `denied` reasons). */
const DENIED_REASONS: Record<RejectionGroundId, DrpDeniedReason> = {
  "identity-not-verified": "insuf_verification",
  "no-data-held": "no_match",
  "outside-jurisdiction": "outside_jurisdiction",
  duplicate: "too_many_requests",
  "manifestly-unfounded-or-excessive": "too_many_requests",
  "unfounded-excessive-or-repetitive": "too_many_requests",
  "repeated-request": "too_many_requests",
  "erasure-exception": "claim_not_covered",
  "restricted-by-law": "claim_not_covered",
  "processing-without-consent-allowed": "claim_not_covered",
  "outside-kvkk-scope": "outside_jurisdiction",
  "kvkk-rights-excluded": "claim_not_covered",
  other: "other",
};

const DAY_MS = 86_400_000;

/**
 * DRP §3.02: a final request MAY be disregarded after the lesser of its
 * `expires_at` and 60 days, but no less than 7 days. We keep it 60 days, or
 * the portal's own retention of closed requests if that is shorter, never
 * less than 7: until then it answers with its final state, afterwards `expired`.
 */
export function drpExpiry(closedAt: Date, closedRetentionDays: number): Date {
  return new Date(closedAt.getTime() + Math.max(7, Math.min(60, closedRetentionDays)) * DAY_MS);
}

type RequestFields = Pick<DsrRequest, "status" | "receivedAt" | "dueAt" | "deadlineSteps" | "extendedAt" | "extensionReason" | "rejectionReason" | "resolution">;

/**
 * A request as an agent sees it (DRP §3.02, §3.03). Ours awaiting the
 * requester's email confirmation is `open`; verified, it has been received and
 * acknowledged, so it is `in_progress` with `expected_by` (the deadline) and
 * `processing_details` (how the deadline was reached, and any extension's
 * reason, which §3.03 requires). A request that lapsed unconfirmed failed its
 * verification: `denied`/`insuf_verification`. `expired` is §3.02's own: a
 * final request past its `expires_at`.
 */
export function exerciseStatus(drp: Pick<DrpRequest, "drpRequestId" | "agentRequestId" | "expiresAt">, request: RequestFields, now: Date): ExerciseStatus {
  const base: ExerciseStatus = { request_id: drp.drpRequestId, ...(drp.agentRequestId ? { agent_request_id: drp.agentRequestId } : {}), status: "open", received_at: request.receivedAt.toISOString() };
  const final = drp.expiresAt ? { expires_at: drp.expiresAt.toISOString() } : {};
  if (drp.expiresAt && now >= drp.expiresAt) return { ...base, status: "expired", ...final };
  switch (request.status) {
    case "submitted":
      return { ...base, status: "open" };
    case "open":
    case "in_progress":
    case "awaiting_requester": {
      const details = [...(request.deadlineSteps ?? []), ...(request.extendedAt && request.extensionReason ? [`Extended: ${request.extensionReason}`] : [])];
      return { ...base, status: "in_progress", ...(request.dueAt ? { expected_by: request.dueAt.toISOString() } : {}), ...(details.length ? { processing_details: details.join("; ") } : {}) };
    }
    case "completed":
      return { ...base, status: "fulfilled", ...(request.resolution ? { processing_details: request.resolution } : {}), ...final };
    case "rejected": {
      const reason = DENIED_REASONS[request.rejectionReason as RejectionGroundId] ?? "other";
      return { ...base, status: "denied", reason, ...(request.resolution ? { processing_details: request.resolution } : {}), ...final };
    }
    case "withdrawn":
      return { ...base, status: "revoked", ...final };
    case "expired":
      return { ...base, status: "denied", reason: "insuf_verification", processing_details: "The requester did not confirm the request from their email address in time.", ...final };
  }
}
