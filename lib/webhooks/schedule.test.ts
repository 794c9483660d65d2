import { describe, expect, it } from "vitest";
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from "./schedule";

describe("the retry schedule", () => {
  it("follows Standard Webhooks' example, over about three days, with ±20 % jitter", () => {
    const exact = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => webhookRetryDelayMs(i + 1, { random: () => 0.5 }) / 1000);
    expect(exact).toEqual([5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400]);
    expect(webhookRetryDelayMs(2, { random: () => 0 })).toBe(240_000);
    expect(webhookRetryDelayMs(2, { random: () => 1 })).toBe(360_000);
  });

  it("waits at least what Retry-After asks, up to a day", () => {
    expect(webhookRetryDelayMs(1, { random: () => 0.5, retryAfterMs: 120_000 })).toBe(120_000);
    expect(webhookRetryDelayMs(1, { random: () => 0.5, retryAfterMs: 10 * 86_400_000 })).toBe(86_400_000);
  });
});
