import { describe, expect, it } from "vitest";
import { localizeCitation } from "./citation";
import { portalIntro } from "./intro";

describe("portalIntro", () => {
  it("names only what MVSEP offers, in its order, joined with 'or'", () => {
    expect(portalIntro("MVSEP", ["deletion", "access", "correction", "consent-withdrawal"], "en")).toBe(
      "Here you can ask MVSEP to delete your personal data, show you the personal data it holds about you, correct your personal data or stop the processing you consented to.",
    );
  });

  it("does not promise Deepen's requesters access it does not offer, in Uzbek", () => {
    const text = portalIntro("Deepen", ["deletion", "restriction", "correction", "consent-withdrawal"], "uz");
    expect(text).toBe(
      "Bu yerda siz «Deepen» operatoridan shaxsga doir maʼlumotlaringizni yoʻq qilishni, shaxsga doir maʼlumotlaringizga ishlov berishni vaqtincha toʻxtatishni, shaxsga doir maʼlumotlaringizni tuzatishni yoki shaxsga doir maʼlumotlaringizga ishlov berishga bergan roziligingizni chaqirib olishni talab qilishingiz mumkin.",
    );
    expect(text).not.toContain("koʻrsatishni");
  });

  it("speaks Russian and Turkish with the language's own 'or'", () => {
    expect(portalIntro("UseGPT", ["access", "stop-processing"], "ru")).toBe(
      "Здесь вы можете направить оператору UseGPT запрос: получить сведения об обработке ваших персональных данных или потребовать прекратить обработку ваших персональных данных.",
    );
    expect(portalIntro("MOSERRA", ["deletion", "notify-recipients"], "tr")).toBe(
      "Bu sayfadan veri sorumlusu MOSERRA nezdinde kişisel verilerinizin silinmesini veya düzeltme, silme veya yok etme işlemlerinin kişisel verilerinizin aktarıldığı üçüncü kişilere bildirilmesini isteyebilirsiniz.",
    );
  });

  it("needs no joining word for a single type", () => {
    expect(portalIntro("Acme", ["access"], "en")).toBe("Here you can ask Acme to show you the personal data it holds about you.");
  });
});

describe("localizeCitation", () => {
  it("writes 'article' and the law's name as each language does", () => {
    expect(localizeCitation("GDPR art. 11(2) and 12(2)", "en")).toBe("GDPR art. 11(2) and 12(2)");
    expect(localizeCitation("152-FZ art. 14(8)(4)", "ru")).toBe("п. 4 ч. 8 ст. 14 Федерального закона № 152-ФЗ");
    expect(localizeCitation("152-FZ art. 14(4)–(6)", "ru")).toBe("ч. 4–6 ст. 14 Федерального закона № 152-ФЗ");
    expect(localizeCitation("ZRU-547 art. 21", "ru")).toBe("ст. 21 Закона № ЗРУ-547");
    expect(localizeCitation("GDPR art. 11(2) and 12(2)", "ru")).toBe("GDPR ст. 11(2) и 12(2)");
    expect(localizeCitation("GDPR art. 11(2) and 12(2)", "tr")).toBe("GDPR md. 11(2) ve 12(2)");
    expect(localizeCitation("GDPR art. 11(2) and 12(2)", "uz")).toBe("GDPR 11(2)-modda va 12(2)-modda");
    expect(localizeCitation("ZRU-547 art. 3", "uz")).toBe("OʻRQ-547 3-modda");
    expect(localizeCitation("152-FZ art. 21(5) with art. 6(1)(2)–(11)", "ru")).toBe("ч. 5 ст. 21 во взаимосвязи с пп. 2–11 ч. 1 ст. 6 Федерального закона № 152-ФЗ");
    expect(localizeCitation("152-FZ art. 14(6) and art. 20(2)", "tr")).toBe("152-FZ md. 14(6) ve md. 20(2)");
  });
});
