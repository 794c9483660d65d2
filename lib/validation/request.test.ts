import { afterEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "../clock";
import { requestFormSchema, requestFormSchemaFor, requestSchema, requestSchemaFor } from "./request";

const errors = (schema: typeof requestSchema | typeof requestFormSchema, input: unknown): Record<string, string[] | undefined> =>
  schema.safeParse(input).error?.flatten().fieldErrors ?? {};

describe("the request schema shared by the form, the server action and the API", () => {
  it("normalises: trims, lower-cases the email, drops empty optionals", () => {
    expect(requestSchema.parse({ type: "access", email: "  Ann@Example.COM ", name: " ", accountId: "", details: "" })).toEqual({
      type: "access",
      email: "ann@example.com",
    });
  });

  it.each([
    [{}, { type: ["typeRequired"], email: ["emailInvalid"] }],
    [{ type: "erase", email: "ann@example.com" }, { type: ["typeRequired"] }],
    [{ type: "access", email: "ann@" }, { email: ["emailInvalid"] }],
    [{ type: "access", email: `${"a".repeat(250)}@example.com` }, { email: ["emailTooLong"] }],
    [{ type: "correction", email: "ann@example.com" }, { details: ["detailsRequiredForCorrection"] }],
    [{ type: "correction", email: "ann@example.com", details: "   " }, { details: ["detailsRequiredForCorrection"] }],
    [{ type: "access", email: "ann@example.com", details: "x".repeat(5001) }, { details: ["detailsTooLong"] }],
    [{ type: "access", email: "ann@example.com", language: "de" }, { language: ["languageInvalid"] }],
  ])("%j → %j", (input, expected) => {
    expect(errors(requestSchema, input)).toEqual(expected);
  });

  it("the form also needs a name; the API does not", () => {
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com", name: "" })).toEqual({ name: ["nameRequired"] });
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com" })).toEqual({ name: ["nameRequired"] });
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com", name: 7 })).toEqual({ name: ["notText"] });
    expect(errors(requestSchema, { type: "access", email: "ann@example.com" })).toEqual({});
  });

  it.each([
    ["a bidi override in the name", { name: "Ann \u202E" }, { name: ["nameBadCharacter"] }],
    ["a line break in the name (header injection)", { name: "Ann\r\nBcc: x@example.com" }, { name: ["nameBadCharacter"] }],
    ["NUL in the account", { accountId: "acc\u0000" }, { accountId: ["accountIdBadCharacter"] }],
    ["a zero-width space in the account", { accountId: "acc\u200B1" }, { accountId: ["accountIdBadCharacter"] }],
    ["an isolate in the details", { details: "see\u2067below" }, { details: ["detailsBadCharacter"] }],
    ["escape in the details", { details: "line\n\u001b[2J" }, { details: ["detailsBadCharacter"] }],
    ["a line break in the email", { email: "ann@example.com\r\nBcc: x@example.com" }, { email: ["emailInvalid"] }],
    ["a bidi override in the email", { email: "ann\u202E@example.com" }, { email: ["emailInvalid"] }],
  ])("refuses %s, on the field, in both schemas", (_what, change, expected) => {
    const input = { type: "access", email: "ann@example.com", name: "Ann", ...change };
    expect(errors(requestSchema, input)).toEqual(expected);
    expect(errors(requestFormSchema, input)).toEqual(expected);
  });

  it("keeps line breaks and tabs in the details, and every script in names", () => {
    const input = { type: "access", email: "ann@example.com", name: "Oʻgʻiloy محمد İlkay", details: "First\r\n\tSecond" };
    expect(requestFormSchema.parse(input)).toMatchObject({ name: "Oʻgʻiloy محمد İlkay", details: "First\r\n\tSecond" });
  });

  it("a name too long and with a control character gets both errors", () => {
    expect(errors(requestSchema, { type: "access", email: "ann@example.com", name: `${"a".repeat(201)}\u0007` })).toEqual({
      name: ["nameTooLong", "nameBadCharacter"],
    });
  });

  it.each([
    ["a number for the email", { type: "access", email: 12 }, { email: ["emailInvalid"] }],
    ["an array for the type", { type: ["access"], email: "ann@example.com" }, { type: ["typeRequired"] }],
    ["an object for the name", { type: "access", email: "ann@example.com", name: { toString: "x" } }, { name: ["notText"] }],
    [
      "a number, null and a boolean for the text fields",
      { type: "access", email: "ann@example.com", name: 5, accountId: null, details: true, language: 3 },
      { name: ["notText"], accountId: ["notText"], details: ["notText"], language: ["languageInvalid"] },
    ],
  ])("wrong types get a field error: %s", (_what, input, expected) => {
    expect(errors(requestSchema, input)).toEqual(expected);
  });
});

describe("identity details per law", () => {
  const kvkk = requestSchemaFor("kvkk");
  const ru = requestSchemaFor("152fz");
  const base = { type: "access", email: "ann@example.com", name: "Ayşe Yılmaz", details: "Kişisel verilerimin bir kopyası" };
  const citizen = { ...base, citizenship: "tr", tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" };

  it("KVKK: keeps a citizen's T.C. number and notice address, and nothing a foreigner would give", () => {
    expect(kvkk.parse({ ...citizen, nationality: "DE", phone: "+90 212 555 01 01" })).toMatchObject({
      identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul", phone: "+90 212 555 01 01" },
    });
    expect(kvkk.parse({ ...citizen, nationality: "DE" }).identity).not.toHaveProperty("nationality");
  });

  it("KVKK: a foreigner gives nationality and passport number instead", () => {
    const parsed = kvkk.parse({ ...base, citizenship: "foreign", nationality: "Deutschland", foreignDocumentNumber: "C01X00T47", noticeAddress: "Berlin", tcIdentityNumber: "1" });
    expect(parsed.identity).toEqual({ nationality: "Deutschland", foreignDocumentNumber: "C01X00T47", noticeAddress: "Berlin" });
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    ["everything missing", { type: "access", email: "ann@example.com" }, { name: ["nameRequired"], citizenship: ["citizenshipRequired"], noticeAddress: ["noticeAddressRequired"], details: ["subjectRequired"] }],
    ["no T.C. number", { ...citizen, tcIdentityNumber: " " }, { tcIdentityNumber: ["tcIdentityNumberRequired"] }],
    ["a T.C. number failing its checksum", { ...citizen, tcIdentityNumber: "10000000147" }, { tcIdentityNumber: ["tcIdentityNumberInvalid"] }],
    ["a foreigner without nationality or passport", { ...citizen, citizenship: "foreign" }, { nationality: ["nationalityRequired"], foreignDocumentNumber: ["foreignDocumentNumberRequired"] }],
    ["a phone number with letters", { ...citizen, phone: "call me" }, { phone: ["phoneInvalid"] }],
    ["a phone number of dashes only", { ...citizen, phone: "-----" }, { phone: ["phoneInvalid"] }],
    ["a phone number of four digits", { ...citizen, phone: "(12) 3-4" }, { phone: ["phoneInvalid"] }],
  ])("KVKK refuses %s, field by field", (_, input, expected) => {
    expect(errors(kvkk, input)).toEqual(expected);
  });

  it.each(["+90 212 555 01 01", "(0212) 555-01-01", "12345"])("KVKK takes the phone number %s", (phone) => {
    expect(kvkk.parse({ ...citizen, phone }).identity).toMatchObject({ phone });
  });

  const signed = { ...base, name: "Анна Петрова", accountId: "anna-42", documentNumber: "4010 123456", documentIssuedOn: "2015-06-01", documentIssuer: "ТП № 1 УФМС", signature: "анна петрова", signatureConfirmed: true };

  it("152-FZ: keeps the document, its date and issuer, and the typed signature; the form's ticked box counts too", () => {
    expect(ru.parse(signed)).toMatchObject({ accountId: "anna-42", identity: { documentNumber: "4010 123456", documentIssuedOn: "2015-06-01", documentIssuer: "ТП № 1 УФМС", signature: "анна петрова" } });
    expect(requestFormSchemaFor("152fz").safeParse({ ...signed, signatureConfirmed: "on" }).success).toBe(true);
  });

  describe("152-FZ: a document's date of issue", () => {
    afterEach(resetClock);

    it("may be today but not tomorrow (4 March 2026, 09:00 UTC: still 4 March even at UTC+14)", () => {
      setClock(() => new Date("2026-03-04T09:00:00Z"));
      expect(ru.safeParse({ ...signed, documentIssuedOn: "2026-03-04" }).success).toBe(true);
      expect(errors(ru, { ...signed, documentIssuedOn: "2026-03-05" })).toEqual({ documentIssuedOn: ["documentIssuedOnInvalid"] });
    });

    it("may be the next UTC day once that day has begun at UTC+14 (4 March 2026, 10:00 UTC)", () => {
      setClock(() => new Date("2026-03-04T10:00:00Z"));
      expect(ru.safeParse({ ...signed, documentIssuedOn: "2026-03-05" }).success).toBe(true);
      expect(errors(ru, { ...signed, documentIssuedOn: "2026-03-06" })).toEqual({ documentIssuedOn: ["documentIssuedOnInvalid"] });
    });
  });

  it("152-FZ: a signature matches the name however its spaces run", () => {
    expect(ru.safeParse({ ...signed, name: "Анна  Петрова", signature: " анна петрова " }).success).toBe(true);
    expect(ru.safeParse({ ...signed, name: "Анна Петрова", signature: "Анна   Петрова" }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    [
      "everything missing",
      { type: "access", email: "ann@example.com" },
      {
        name: ["nameRequired"],
        documentNumber: ["documentNumberRequired"],
        documentIssuedOn: ["documentIssuedOnInvalid"],
        documentIssuer: ["documentIssuerRequired"],
        accountId: ["relationshipRequired"],
        signature: ["signatureRequired"],
        signatureConfirmed: ["signatureNotConfirmed"],
      },
    ],
    ["a date that does not exist", { ...signed, documentIssuedOn: "2015-02-30" }, { documentIssuedOn: ["documentIssuedOnInvalid"] }],
    ["a signature that is not the name", { ...signed, signature: "А. П." }, { signature: ["signatureMismatch"] }],
    ["an unticked box", { ...signed, signatureConfirmed: false }, { signatureConfirmed: ["signatureNotConfirmed"] }],
  ])("152-FZ refuses %s, field by field", (_, input, expected) => {
    expect(errors(ru, input)).toEqual(expected);
  });

  it("names the missing identity details even when other fields fail too, so the requester sees every problem at once", () => {
    expect(errors(kvkk, { email: "nope", citizenship: "tr", tcIdentityNumber: 10000000146 })).toEqual({
      type: ["typeRequired"],
      email: ["emailInvalid"],
      name: ["nameRequired"],
      tcIdentityNumber: [expect.any(String)],
      noticeAddress: ["noticeAddressRequired"],
      details: ["subjectRequired"],
    });
  });

  it("other regimes ask for none of it, and keep none of it", () => {
    expect(requestSchema.parse({ ...citizen, documentNumber: "x" })).not.toHaveProperty("identity");
  });
});

describe("the schemas per identity rule", () => {
  it("are made once per rule and kept, for the API and the form alike", () => {
    for (const rule of [null, "kvkk", "152fz"] as const) {
      expect(requestSchemaFor(rule)).toBe(requestSchemaFor(rule));
      expect(requestFormSchemaFor(rule)).toBe(requestFormSchemaFor(rule));
    }
    expect(requestSchemaFor("kvkk")).not.toBe(requestSchemaFor("152fz"));
  });
});
