import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES, type RequestStatus } from "../db/schema";
import { ACTIONS, can, transition, TransitionError, type Action } from "./lifecycle";

/** Every allowed transition, from DESIGN.md's lifecycle diagram; everything else is refused. */
const ALLOWED: [RequestStatus, Action, RequestStatus][] = [
  ["submitted", "verify", "open"],
  ["submitted", "expire", "expired"],
  ["open", "start", "in_progress"],
  ["open", "ask", "awaiting_requester"],
  ["in_progress", "ask", "awaiting_requester"],
  ["in_progress", "complete", "completed"],
  ["open", "reject", "rejected"],
  ["in_progress", "reject", "rejected"],
  ["awaiting_requester", "reject", "rejected"],
  ["submitted", "withdraw", "withdrawn"],
  ["open", "withdraw", "withdrawn"],
  ["in_progress", "withdraw", "withdrawn"],
  ["awaiting_requester", "withdraw", "withdrawn"],
];

describe("request state machine", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(transition(from, action)).toBe(to);
  });

  const refused = REQUEST_STATUSES.flatMap((status) =>
    ACTIONS.filter((action) => action !== "answer" || status !== "awaiting_requester")
      .filter((action) => !ALLOWED.some(([s, a]) => s === status && a === action))
      .map((action) => [status, action] as const),
  );

  it.each(refused)("%s --%s--> refused", (status, action) => {
    expect(() => transition(status, action)).toThrow(TransitionError);
  });

  it("an answer returns the request to open, or to in progress when work had started", () => {
    expect(transition("awaiting_requester", "answer")).toBe("open");
    expect(transition("awaiting_requester", "answer", { workStarted: true })).toBe("in_progress");
  });

  it("closed requests allow nothing", () => {
    for (const status of ["completed", "rejected", "withdrawn", "expired"] as const) {
      expect(ACTIONS.filter((a) => can(status, a))).toEqual([]);
    }
  });

  it("a submitted request can only be verified, expire, or be withdrawn (by an authorized agent's revoke)", () => {
    expect(ACTIONS.filter((a) => can("submitted", a))).toEqual(["verify", "expire", "withdraw"]);
  });

  it("says in words why a transition is refused", () => {
    expect(() => transition("completed", "withdraw")).toThrow("a request that is completed cannot be withdrawn");
  });
});
