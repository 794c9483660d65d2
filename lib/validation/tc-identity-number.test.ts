import { describe, expect, it } from "vitest";
import { isTcIdentityNumber } from "./tc-identity-number";

describe("isTcIdentityNumber", () => {
  // 1,0,0,0,0,0,0,0,1 → odd sum 2, even sum 0: tenth (2×7 − 0) mod 10 = 4, eleventh (2 + 4) mod 10 = 6.
  it("accepts a number whose two check digits add up", () => {
    expect(isTcIdentityNumber("10000000146")).toBe(true);
    // 1,2,3,4,5,6,7,8,9 → odd 25, even 20: tenth (175 − 20) mod 10 = 5, eleventh (45 + 5) mod 10 = 0.
    expect(isTcIdentityNumber("12345678950")).toBe(true);
  });

  it.each([
    ["10000000147", "a wrong eleventh digit"],
    ["10000000156", "a wrong tenth digit"],
    ["00000000146", "a leading zero"],
    ["1000000014", "ten digits"],
    ["100000001460", "twelve digits"],
    ["1000000014a", "a letter"],
  ])("refuses %s (%s)", (value) => {
    expect(isTcIdentityNumber(value)).toBe(false);
  });
});
