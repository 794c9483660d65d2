import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

const middle = () => 0.5;

describe("retryDelayMs", () => {
  it("starts at 30 seconds and doubles after each failure", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, middle))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it("never waits more than an hour before jitter", () => {
    expect(retryDelayMs(8, middle)).toBe(3_600_000);
    expect(retryDelayMs(50, middle)).toBe(3_600_000);
  });

  it("spreads retries by at most 20 % either way", () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(36_000);
    expect(retryDelayMs(50, () => 0)).toBe(2_880_000);
    expect(retryDelayMs(50, () => 0.999999)).toBeLessThanOrEqual(4_320_000);
    for (let i = 0; i < 1_000; i++) {
      const delay = retryDelayMs(3);
      expect(delay).toBeGreaterThanOrEqual(96_000);
      expect(delay).toBeLessThanOrEqual(144_000);
    }
  });
});
