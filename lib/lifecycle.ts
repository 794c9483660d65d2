import type { RequestStatus } from "../db/schema";

/**
 * The request state machine (DESIGN.md, "Request lifecycle"). Every status
 * change in the product asks this module first; nothing else knows the rules.
 *
 *   submitted ─verify→ open ─start→ in_progress ─complete→ completed
 *   submitted ─expire→ expired          open|in_progress ─ask→ awaiting_requester ─answer→ back
 *   open|in_progress|awaiting_requester ─reject→ rejected, ─withdraw→ withdrawn
 *   submitted ─withdraw→ withdrawn (an authorized agent revoking before the requester confirmed: DRP §2.04)
 */
export const ACTIONS = ["verify", "expire", "start", "ask", "answer", "complete", "reject", "withdraw"] as const;
export type Action = (typeof ACTIONS)[number];

/** Verified and still being answered. */
export const ACTIVE: readonly RequestStatus[] = ["open", "in_progress", "awaiting_requester"];

const FROM: Record<Action, readonly RequestStatus[]> = {
  verify: ["submitted"],
  expire: ["submitted"],
  start: ["open"],
  ask: ["open", "in_progress"],
  answer: ["awaiting_requester"],
  complete: ["in_progress"],
  reject: ACTIVE,
  withdraw: ["submitted", ...ACTIVE],
};

const TO: Record<Exclude<Action, "answer">, RequestStatus> = {
  verify: "open",
  expire: "expired",
  start: "in_progress",
  ask: "awaiting_requester",
  complete: "completed",
  reject: "rejected",
  withdraw: "withdrawn",
};

export const CLOSED: readonly RequestStatus[] = ["completed", "rejected", "withdrawn", "expired"];

export function can(status: RequestStatus, action: Action): boolean {
  return FROM[action].includes(status);
}

export class TransitionError extends Error {
  /** Its code in the staff error catalogue (lib/staff/errors.ts). */
  readonly code = "transition_not_allowed";
  constructor(
    readonly status: RequestStatus,
    readonly action: Action,
  ) {
    super(`a request that is ${status.replace("_", " ")} cannot be ${action === "withdraw" ? "withdrawn" : `given "${action}"`}`);
    this.name = "TransitionError";
  }
}

/**
 * The status after `action`, or a TransitionError. An answer returns the
 * request to where it was before the question: in progress if work had started.
 */
export function transition(status: RequestStatus, action: Action, context: { workStarted?: boolean } = {}): RequestStatus {
  if (!can(status, action)) throw new TransitionError(status, action);
  if (action === "answer") return context.workStarted ? "in_progress" : "open";
  return TO[action];
}
