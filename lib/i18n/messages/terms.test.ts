import { describe, expect, it } from "vitest";
import { messages } from "../catalogue";
import { formatDay } from "../format";
import type { Language } from "../languages";

/** UseGPT's registered name, which brings its own guillemets. */
const USEGPT = "UseGPT (ООО «Мобильный маркетинг онлайн»)";

/** A text function's words: called with `value` for all its arguments, or else with a number or a date where it formats one. */
function call(fn: (...args: unknown[]) => unknown, value: string): string {
  for (const arg of [value, 2, "2026-03-02"]) {
    try {
      return String(fn(...Array<unknown>(fn.length).fill(arg)));
    } catch {
      // Not an argument this text takes: try the next kind.
    }
  }
  throw new Error(`no sample argument fits ${fn.toString()}`);
}

/** Every text of a language's catalogue. */
function texts(language: Language, value: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === "string") out.push(node);
    else if (typeof node === "function") out.push(call(node as (...args: unknown[]) => unknown, value));
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(messages(language));
  return out;
}

describe("Russian speaks 152-FZ's terms and sets names in one pair of guillemets", () => {
  const ru = messages("ru");

  it("never nests guillemets around a name that has its own", () => {
    expect(ru.emails.verification.intro(USEGPT)).toBe(`Чтобы отправить ваш запрос оператору ${USEGPT}, подтвердите, пожалуйста, адрес электронной почты.`);
    expect(ru.emails.verification.intro("Deepen")).toContain("оператору «Deepen»");
  });

  it("cites parts 4–6 of art. 14 for a refused repeated request", () => {
    expect(ru.emails.rejection.reasons["repeated-request"]).toContain("части 4–6 статьи 14");
  });

  it("names Roskomnadzor as the authority, for actions or inaction", () => {
    expect(ru.emails.rejection.complaintRu152).toContain("уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор)");
    expect(ru.emails.rejection.complaintRu152).toContain("действия или бездействие");
    expect(ru.emails.rejection.complaint).toContain("действия или бездействие");
  });

  it("has no colloquialisms and the law's words for the rights", () => {
    const all = texts("ru", "X").join("\n");
    expect(all).not.toContain("выполнять по запросу нечего");
    expect(ru.requestTypes.correction.description).toContain("уточнения");
    expect(ru.requestTypes.restriction.description).toContain("блокирования");
    expect(ru.requestTypes.deletion.description).toContain("уничтожения");
    expect(ru.rejectionGrounds["identity-not-verified"]).toContain("субъекта персональных данных");
  });
});

describe("Uzbek speaks ZRU-547's terms", () => {
  const uz = messages("uz");
  const all = texts("uz", "Deepen").join("\n");

  it("writes deadlines as '2026-yil 2-martgacha'", () => {
    expect(uz.appeals.status.body(formatDay("2026-03-02", "uz"))).toContain("2026-yil 2-martgacha");
    expect(uz.emails.acknowledgement.deadline("Deepen", formatDay("2026-03-02", "uz"))).toBe("«Deepen» operatori sizga 2026-yil 2-martgacha javob berishi shart.");
  });

  it("uses the law's words, «» quotes and one word for the operator's staff", () => {
    for (const term of ["shaxsga doir maʼlumotlar", "ishlov berish", "yoʻq qilish", "rozilikni chaqirib olish", "vaqtincha toʻxtatish"]) expect(all.toLowerCase()).toContain(term);
    expect(all).not.toMatch(/shaxsiy maʼlumot|qayta ishla|mutlaqo asossiz|ochiqdan-ochiq|maxfiylik jamoasi|masʼul xodim|[“”]/);
    expect(uz.rejectionGrounds["manifestly-unfounded-or-excessive"]).toContain("aniq asossiz");
  });

  it("says an unconfirmed request was cancelled for want of confirmation, not that it ran out", () => {
    expect(uz.portal.status.statuses.expired).toBe("Tasdiqlanmagani sababli bekor qilindi");
  });
});

describe("Turkish speaks KVKK's terms", () => {
  const tr = messages("tr");
  const all = texts("tr", "MOSERRA").join("\n");

  it("calls a request a 'başvuru', never a 'talep'", () => {
    expect(all).not.toMatch(/tale[pb]/i);
  });

  it("does not claim the law allows an extension (KVKK art. 13(2) has none)", () => {
    expect(tr.emails.extension.intro("MOSERRA")).not.toMatch(/kanun|izin/i);
  });

  it("uses the forms' and the law's own words", () => {
    expect(tr.portal.form.name).toBe("Adınız ve soyadınız");
    expect(tr.portal.status.received).toBe("Başvuru tarihi");
    expect(all).toContain("ilgili kişi");
    expect(all).toContain("veri sorumlusu");
    for (const { description } of Object.values(tr.requestTypes)) expect(description).toMatch(/(in|ın|un|ün)\.$/);
  });
});
