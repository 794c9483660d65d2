import { describe, expect, it } from "vitest";
import type { DsrRequest } from "../../db/schema";
import { identityGaps } from "./identity-gaps";

const emailed = (fields: Partial<DsrRequest> = {}) =>
  ({ type: "access", email: "ayse@example.com", name: "Ayşe Yılmaz", accountId: null, details: "Verilerim\n\nHangi verilerimi işliyorsunuz?", identity: null, status: "open", ...fields }) as DsrRequest;

describe("identity details a request came without (KVKK communiqué art. 5, 152-FZ art. 14(3))", () => {
  it("names what an emailed KVKK application lacks, in the communiqué's order", () => {
    expect(identityGaps({ regime: "tr-kvkk" }, emailed())).toEqual({ rule: "kvkk", missing: ["citizenship", "noticeAddress"] });
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ name: null, details: null }))).toEqual({ rule: "kvkk", missing: ["name", "citizenship", "noticeAddress", "details"] });
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ identity: { tcIdentityNumber: "10000000146" } }))).toEqual({ rule: "kvkk", missing: ["noticeAddress"] });
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ identity: { nationality: "Deutschland" } }))).toEqual({ rule: "kvkk", missing: ["foreignDocumentNumber", "noticeAddress"] });
  });

  it("names only what staff can give: a subject the email came with is the requester's own, however long", () => {
    const long = "Hangi verilerimi işliyorsunuz? ".repeat(250);
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ details: long }))).toEqual({ rule: "kvkk", missing: ["citizenship", "noticeAddress"] });
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ details: long, identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" } }))).toBeUndefined();
  });

  it("finds nothing missing once the details are there, nor on a closed request whose details were erased on purpose", () => {
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" } }))).toBeUndefined();
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ status: "completed" }))).toBeUndefined();
    expect(identityGaps({ regime: "tr-kvkk" }, emailed({ status: "submitted" }))).toMatchObject({ rule: "kvkk" });
  });

  it("names what a 152-FZ request from a DRP agent lacks: the document, the relationship and the signature", () => {
    expect(identityGaps({ regime: "ru-152fz" }, emailed({ name: "Иван Петров" }))).toEqual({ rule: "152fz", missing: ["documentNumber", "documentIssuedOn", "documentIssuer", "accountId", "signature"] });
    const complete = { documentNumber: "4010 123456", documentIssuedOn: "2015-06-01", documentIssuer: "ОУФМС", signature: "Иван Петров" };
    expect(identityGaps({ regime: "ru-152fz" }, emailed({ name: "Иван Петров", accountId: "договор 17", identity: complete }))).toBeUndefined();
  });

  it("asks nothing more under other laws", () => {
    for (const regime of ["eu-gdpr", "uz-zru547", "us-ca-ccpa"] as const) expect(identityGaps({ regime }, emailed({ name: null, details: null }))).toBeUndefined();
  });
});
