import { describe, expect, it } from "vitest";
import { memoize } from "./memo";

describe("memoize", () => {
  it("computes once per key and gives the same answer after", () => {
    const calls: string[] = [];
    const square = memoize((n: number, label: string) => (calls.push(`${label}${n}`), n * n), (n, label) => `${label}${n}`);
    expect([square(3, "a"), square(3, "a"), square(3, "b"), square(4, "a")]).toEqual([9, 9, 9, 16]);
    expect(calls).toEqual(["a3", "b3", "a4"]);
  });

  it("forgets everything once full, then answers afresh", () => {
    let calls = 0;
    const double = memoize((n: number) => (calls++, n * 2), String, 2);
    double(1);
    double(2);
    double(3); // full: 1 and 2 are forgotten
    expect(calls).toBe(3);
    expect(double(3)).toBe(6);
    expect(calls).toBe(3);
    expect(double(1)).toBe(2);
    expect(calls).toBe(4);
  });

  it("keeps no answer for a call that throws", () => {
    let calls = 0;
    const parse = memoize((s: string) => {
      calls++;
      if (s === "bad") throw new RangeError("bad");
      return s.length;
    }, String);
    expect(() => parse("bad")).toThrow(RangeError);
    expect(() => parse("bad")).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});
