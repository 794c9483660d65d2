import { describe, expect, it } from "vitest";
import { hashPassword, scryptKdf, verifyPassword, type Kdf } from "./password";
import { SemaphoreFull } from "./semaphore";

it("verifies the right password and refuses a wrong one, a tampered hash and no hash", async () => {
  const stored = await hashPassword("correct horse battery staple");
  expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
  expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  expect(await verifyPassword("correct horse battery staple", stored.slice(0, -2) + "AA")).toBe(false);
  expect(await verifyPassword("anything", null)).toBe(false);
  expect(await verifyPassword("anything", "md5$abc")).toBe(false);
});

it("salts every hash", async () => {
  expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
});

describe("constant work", () => {
  /** The real KDF, counted: the test proves work is done, not how long it takes. */
  function countingKdf() {
    const calls: number[] = [];
    const kdf: Kdf = (password, salt, options) => {
      calls.push(options.N ?? 0);
      return scryptKdf(password, salt, options);
    };
    return { kdf, calls };
  }

  it("runs one full-cost scrypt with a stored hash, without one and with a broken one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    for (const hash of [stored, null, undefined, "", "md5$abc"]) {
      const { kdf, calls } = countingKdf();
      expect(await verifyPassword("correct horse battery staple", hash, kdf)).toBe(hash === stored);
      expect(calls).toEqual([32768]);
    }
  });
});

describe("hashing concurrency", () => {
  it("runs two hashes at a time, queues eight and refuses the rest of 40 parallel attempts", async () => {
    let running = 0;
    let peak = 0;
    const slowKdf: Kdf = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return Buffer.alloc(32);
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => verifyPassword("guess", null, slowKdf)));
    expect(peak).toBe(2);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === "rejected").every((o) => o.reason instanceof SemaphoreFull)).toBe(true);
  });
});
