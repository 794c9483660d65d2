import { expect, it } from "vitest";
import { hit } from "./rate-limit";

it("allows `limit` hits per window, then says how long to wait, then opens again", () => {
  const limit = { limit: 3, windowMs: 60_000 };
  const t0 = 1_000_000;
  expect([1, 2, 3].map((i) => hit("k-window", limit, t0 + i).ok)).toEqual([true, true, true]);
  expect(hit("k-window", limit, t0 + 30_000)).toEqual({ ok: false, retryAfterSeconds: 31 });
  expect(hit("k-window", limit, t0 + 60_001).ok).toBe(true);
});

it("counts each key on its own", () => {
  const limit = { limit: 1, windowMs: 60_000 };
  expect(hit("k-a", limit, 0).ok).toBe(true);
  expect(hit("k-b", limit, 0).ok).toBe(true);
  expect(hit("k-a", limit, 1).ok).toBe(false);
});
