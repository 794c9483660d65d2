import { describe, expect, it } from "vitest";
import { REQUEST_TYPES } from "../deadlines";
import { classifyRequestType } from "./classify";

const ALL = REQUEST_TYPES.filter((t) => t !== "appeal");
const guess = (subject: string, text = "") => classifyRequestType({ subject, text }, ALL);

describe("the request-type classifier", () => {
  it.each([
    ["Please delete my account", "deletion"],
    ["Удалить аккаунт", "deletion"],
    ["Прошу уничтожить мои персональные данные", "deletion"],
    ["Hisob qaydnomasini o‘chirish", "deletion"],
    ["Hisobimni oʻchiring", "deletion"],
    ["Ҳисобимни ўчиринг", "deletion"],
    ["Hesabımı silin", "deletion"],
    ["Kişisel verilerimin silinmesi", "deletion"],
    ["Subject access request: a copy of my data", "access"],
    ["Запрос на доступ к персональным данным", "access"],
    ["Qanday ma'lumotlarim saqlanadi? Nusxasini bering", "access"],
    ["Қандай маълумотларим бор? Нусха беринг", "access"],
    ["Kişisel verilerime erişim talebi", "access"],
    ["Please correct my name, it is wrong", "correction"],
    ["Уточнение персональных данных", "correction"],
    ["Ismimni tuzating", "correction"],
    ["Исмимни тузатинг", "correction"],
    ["Adımı düzeltin", "correction"],
    ["Block my data while you check", "restriction"],
    ["Блокирование персональных данных", "restriction"],
    ["Ma'lumotlarimni bloklash", "restriction"],
    ["Маълумотларимни блоклаш", "restriction"],
    ["Verilerimin işlenmesini kısıtlayın", "restriction"],
    ["I object to direct marketing", "objection"],
    ["Возражение против обработки", "objection"],
    ["E'tiroz bildiraman", "objection"],
    ["Эътироз билдираман", "objection"],
    ["İtiraz ediyorum", "objection"],
    ["Data portability: machine-readable export", "portability"],
    ["Verilerimin taşınması", "portability"],
    ["I withdraw my consent to marketing", "consent-withdrawal"],
    ["Отзыв согласия на обработку", "consent-withdrawal"],
    ["Roziligimni qaytarib olaman", "consent-withdrawal"],
    ["Розилигимни қайтариб оламан", "consent-withdrawal"],
    ["Açık rızamı geri alıyorum", "consent-withdrawal"],
    ["Stop processing my data", "stop-processing"],
    ["Прошу прекратить обработку", "stop-processing"],
    ["Ma'lumotlarimni qayta ishlashni to'xtating", "stop-processing"],
    ["Verilerimin işlenmesini durdurun", "stop-processing"],
    ["Tell the third parties you shared my data with", "notify-recipients"],
  ])("%s → %s", (subject, type) => {
    expect(guess(subject)).toBe(type);
  });

  it("offers only the portal's own types, and nothing when no keyword matches", () => {
    expect(classifyRequestType({ subject: "Hesabımı silin", text: "" }, ["access", "correction"])).toBeUndefined();
    expect(guess("Hello", "Just saying hi")).toBeUndefined();
  });

  it("weighs the subject over a body that quotes other words", () => {
    expect(guess("Delete my account", "I do not want a copy of my data, and nothing is wrong.")).toBe("deletion");
  });

  it("breaks a tie by the portal's order of types", () => {
    expect(classifyRequestType({ subject: "", text: "delete or correct" }, ["correction", "deletion"])).toBe("correction");
  });
});
