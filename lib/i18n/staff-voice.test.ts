import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES } from "../../db/schema";
import { REQUEST_TYPES } from "../deadlines";
import { staffErrorText } from "../staff/errors";
import { messages } from "./catalogue";
import { LANGUAGES } from "./languages";

describe("the staff's words apart from the requester's", () => {
  it("names request types and statuses the privacy team's way in English", () => {
    const { staff } = messages("en");
    expect([staff.types.access, staff.types.deletion, staff.types.correction]).toEqual(["Access", "Deletion", "Correction"]);
    expect(staff.statuses.awaiting_requester).toBe("Waiting for the requester");
    expect(messages("en").requestTypes.access.label).toBe("See my data");
    expect(messages("en").portal.status.statuses.awaiting_requester).toBe("Waiting for your answer");
  });

  it.each(LANGUAGES)("in %s, no request type is labelled for staff as the requester's form labels it", (language) => {
    const { staff, requestTypes } = messages(language);
    for (const type of REQUEST_TYPES) expect(staff.types[type], type).not.toBe(requestTypes[type].label);
  });

  it.each(LANGUAGES)("in %s, a request waiting for the requester is not 'waiting for your answer' to staff, and every status has its staff label", (language) => {
    const { staff, portal } = messages(language);
    expect(staff.statuses.awaiting_requester).not.toBe(portal.status.statuses.awaiting_requester);
    for (const status of REQUEST_STATUSES) expect(staff.statuses[status], status).toMatch(/\S/);
  });
});

describe("staff refusals through the catalogue", () => {
  it.each([
    ["en", "This request has already been extended; the law allows one extension."],
    ["ru", "Срок этого запроса уже продлён; закон допускает одно продление."],
    ["uz", "Bu soʻrovning muddati allaqachon uzaytirilgan; qonun bir marta uzaytirishga ruxsat beradi."],
    ["tr", "Bu başvurunun süresi zaten bir kez uzatıldı; ikinci bir uzatma yapılamaz."],
  ] as const)("words a code in %s", (language, text) => {
    expect(staffErrorText("extension_already", {}, language)).toBe(text);
  });

  it("words a code from a URL it does not know with the generic text, in the member's language", () => {
    expect(staffErrorText("constructor", {}, "ru")).toBe(messages("ru").staffErrors.unknown);
  });

  it("words a manual intake's field error in the requester form's words of the member's language", () => {
    expect(staffErrorText("request.emailInvalid", {}, "tr")).toBe(messages("tr").portal.form.errors.emailInvalid);
  });
});
