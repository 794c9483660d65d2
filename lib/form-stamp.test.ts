import { describe, expect, it } from "vitest";
import { checkFormStamp, formStamp } from "./form-stamp";

const SECRET = "a-secret-that-is-long-enough-for-tests";
const shown = new Date("2026-01-12T09:00:00Z");

describe("form stamp: naive bots post at once, people take a few seconds", () => {
  it("accepts a form sent after the minimum time", () => {
    expect(checkFormStamp(formStamp(shown, SECRET), shown.getTime() + 2000, SECRET, 2000)).toBe("ok");
  });

  it("refuses one sent faster", () => {
    expect(checkFormStamp(formStamp(shown, SECRET), shown.getTime() + 1999, SECRET, 2000)).toBe("too-fast");
  });

  it("refuses a missing, malformed, forged or re-dated stamp", () => {
    const stamp = formStamp(shown, SECRET);
    const later = shown.getTime() + 60_000;
    expect(checkFormStamp(undefined, later, SECRET, 2000)).toBe("invalid");
    expect(checkFormStamp("nonsense", later, SECRET, 2000)).toBe("invalid");
    expect(checkFormStamp(formStamp(shown, "another-secret-another-secret-xx"), later, SECRET, 2000)).toBe("invalid");
    const [, mac] = stamp.split(".");
    expect(checkFormStamp(`${shown.getTime() - 10_000}.${mac}`, later, SECRET, 2000)).toBe("invalid");
  });
});
