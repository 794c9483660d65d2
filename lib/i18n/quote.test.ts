import { describe, expect, it } from "vitest";
import { quoteName } from "./quote";

describe("quoteName", () => {
  it("sets a plain name in guillemets", () => {
    expect(quoteName("Deepen")).toBe("«Deepen»");
  });

  it("leaves a name that has its own quotation marks as it is", () => {
    expect(quoteName("UseGPT (ООО «Мобильный маркетинг онлайн»)")).toBe("UseGPT (ООО «Мобильный маркетинг онлайн»)");
    expect(quoteName('MVSEP — Sole Proprietor (YTT) "Elmurodov Olimjon Ermat o\'g\'li"')).toBe('MVSEP — Sole Proprietor (YTT) "Elmurodov Olimjon Ermat o\'g\'li"');
  });
});
