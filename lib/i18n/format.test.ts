import { describe, expect, it } from "vitest";
import { formatInstant, formatMilliseconds, formatNumber, formatPercent } from "./format";

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
  });
});
