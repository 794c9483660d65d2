import { describe, expect, it } from "vitest";
import { formatDay, formatInstant, formatMilliseconds, formatNumber, formatPercent } from "./format";

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

describe("numbers and instants in the reader's language", () => {
  it("groups and points figures as each language writes them", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "ru")).toBe("1\u00a0234,5");
    expect(formatNumber(1234.5, "tr")).toBe("1.234,5");
    expect(formatNumber(6, "uz")).toBe("6");
  });

  it("puts the per cent sign where the language does", () => {
    expect(formatPercent(100, "en")).toBe("100%");
    expect(formatPercent(0, "en")).toBe("0%");
    expect(formatPercent(100, "ru")).toBe("100\u00a0%");
    expect(formatPercent(100, "tr")).toBe("%100");
  });

  it("names milliseconds in the language's unit", () => {
    expect(formatMilliseconds(120, "en")).toBe("120 ms");
    expect(formatMilliseconds(120, "ru")).toBe("120 мс");
  });

  it("gives an instant to the minute, or to the second for a delivery log", () => {
    const at = new Date("2026-03-02T09:05:07Z");
    expect(formatInstant(at, "en", "UTC")).toBe("2 March 2026 at 09:05");
    expect(formatInstant(at, "en", "UTC", { seconds: true })).toBe("2 March 2026 at 09:05:07");
    expect(formatInstant(at, "ru", "Europe/Moscow")).toBe("2 марта 2026 г. в 12:05");
    expect(formatInstant(at, "uz", "UTC", { seconds: true })).toBe("2026-yil 2-mart, 09:05:07");
  });
});
