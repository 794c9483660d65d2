import { describe, expect, it } from "vitest";
import { REJECTION_GROUND_IDS } from "../deadlines/rejection-grounds";
import { requestTypeFor } from "./actions";
import { drpExpiry, exerciseStatus } from "./exercise-status";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const DAY = 86_400_000;
const drp = { drpRequestId: "r-1", agentRequestId: null, expiresAt: null };
const request = {
  status: "in_progress" as const,
  receivedAt: NOW,
  dueAt: new Date(NOW.getTime() + 45 * DAY),
  deadlineSteps: ["received Mon 2 Mar 2026", "45 calendar days (11 CCR §7021(b))"],
  extendedAt: null,
  extensionReason: null,
  rejectionReason: null,
  resolution: null,
};

describe("exerciseStatus", () => {
  it("a request waiting for the requester's answer is still in_progress, its deadline as expected_by", () => {
    expect(exerciseStatus(drp, { ...request, status: "awaiting_requester" }, NOW)).toEqual({
      request_id: "r-1",
      status: "in_progress",
      received_at: NOW.toISOString(),
      expected_by: request.dueAt.toISOString(),
      processing_details: "received Mon 2 Mar 2026; 45 calendar days (11 CCR §7021(b))",
    });
  });

  it("an extension's reason is in processing_details (DRP §3.03)", () => {
    const extended = exerciseStatus(drp, { ...request, extendedAt: NOW, extensionReason: "Many systems to search." }, NOW);
    expect(extended.processing_details).toMatch(/; Extended: Many systems to search\.$/);
  });

  it("every rejection ground has a §3.02 denied reason", () => {
    const reasons = new Set(["suspected_fraud", "insuf_verification", "no_match", "claim_not_covered", "outside_jurisdiction", "too_many_requests", "other"]);
    for (const ground of REJECTION_GROUND_IDS) {
      const status = exerciseStatus({ ...drp, expiresAt: new Date(NOW.getTime() + DAY) }, { ...request, status: "rejected", rejectionReason: ground }, NOW);
      expect(status.status).toBe("denied");
      expect(reasons.has(status.reason!)).toBe(true);
    }
  });
});

describe("drpExpiry (DRP §3.02)", () => {
  it("is 60 days after closing, or the portal's shorter retention, never under 7 days", () => {
    expect(drpExpiry(NOW, 3 * 365).getTime() - NOW.getTime()).toBe(60 * DAY);
    expect(drpExpiry(NOW, 30).getTime() - NOW.getTime()).toBe(30 * DAY);
    expect(drpExpiry(NOW, 1).getTime() - NOW.getTime()).toBe(7 * DAY);
  });
});

describe("requestTypeFor (DRP §3.01)", () => {
  const ccpa = { regime: "us-ca-ccpa" as const, requestTypes: ["access" as const, "deletion" as const, "stop-processing" as const] };
  it("prefers the opt-out type the portal offers, else the first its law times", () => {
    expect(requestTypeFor("sale:opt_out", ccpa)).toEqual({ ok: true, type: "stop-processing" });
    expect(requestTypeFor("sale:opt-out", { ...ccpa, requestTypes: ["access"] })).toEqual({ ok: true, type: "objection" });
  });

  it("refuses an opt-out the portal's law does not time, and anything unknown", () => {
    expect(requestTypeFor("sale:opt-out", { regime: "custom", requestTypes: ["access"] }).ok).toBe(false);
    expect(requestTypeFor("deletion", { ...ccpa, requestTypes: ["access"] }).ok).toBe(false);
    expect(requestTypeFor("portability", ccpa).ok).toBe(false);
  });
});
