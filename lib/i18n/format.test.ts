import { describe, expect, it } from "vitest";
import { formatDay, formatInstant, formatNumber } from "./format";

describe("dates and numbers by each language's own rules", () => {
  it("writes Uzbek dates year first, as '2026-yil 2-mart', which Node's ICU does not", () => {
    expect(formatDay("2026-03-02", "uz")).toBe("2026-yil 2-mart");
    expect(formatDay("2026-09-30", "uz")).toBe("2026-yil 30-sentabr");
    expect(formatDay("2027-01-01", "uz")).toBe("2027-yil 1-yanvar");
  });

  it("gives Uzbek instants in the portal's zone, the day turning with the zone", () => {
    // 2026-03-01 19:30 UTC is already 2 March, 00:30 in Tashkent (UTC+5).
    const at = new Date("2026-03-01T19:30:00Z");
    expect(formatInstant(at, "uz", "Asia/Tashkent")).toBe("2026-yil 2-mart, 00:30");
    expect(formatInstant(at, "uz", "UTC")).toBe("2026-yil 1-mart, 19:30");
  });

  it("leaves the other languages to Intl", () => {
    expect(formatDay("2026-03-02", "en")).toBe("2 March 2026");
    expect(formatDay("2026-03-02", "ru")).toBe("2 марта 2026 г.");
    expect(formatDay("2026-03-02", "tr")).toBe("2 Mart 2026");
  });

  it("groups digits as each language does", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345, "ru")).toBe("12\u00a0345");
    expect(formatNumber(12345, "tr")).toBe("12.345");
    expect(formatNumber(12345, "uz")).toBe("12\u00a0345");
  });
});
