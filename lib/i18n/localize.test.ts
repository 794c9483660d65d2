import { describe, expect, it } from "vitest";
import { localize } from "./localize";

describe("localize", () => {
  const translations = { ru: "Платёжные записи", tr: "Ödeme kayıtları" };

  it("speaks the requester's language when there is a translation", () => {
    expect(localize("Payment records", translations, "ru", "tr")).toBe("Платёжные записи");
  });

  it("falls back to the portal's default language, then to English", () => {
    expect(localize("Payment records", translations, "uz", "tr")).toBe("Ödeme kayıtları");
    expect(localize("Payment records", translations, "uz", "en")).toBe("Payment records");
    expect(localize("Payment records", {}, "ru", "ru")).toBe("Payment records");
  });

  it("gives English readers the English original", () => {
    expect(localize("Payment records", { en: "stale copy" }, "en", "ru")).toBe("Payment records");
  });
});
