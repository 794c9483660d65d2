import { describe, expect, it } from "vitest";
import { messages } from "../i18n/catalogue";
import { refusalResponse, requestRefusal } from "./request-refusal";

const post = (pathname: string, headers: Record<string, string>) => requestRefusal({ method: "POST", pathname, headers: new Headers(headers) })?.status;
const get = (pathname: string) => requestRefusal({ method: "GET", pathname, headers: new Headers() })?.status;

describe("requestRefusal", () => {
  it("refuses a declared length over 1 MB anywhere, and lets 1 MB itself through", () => {
    expect(post("/p/mvsep/request", { "content-length": String(1024 * 1024 + 1) })).toBe(413);
    expect(post("/api/v1/portals/mvsep/requests", { "content-length": "12000000" })).toBe(413);
    expect(post("/p/mvsep/request", { "content-length": String(1024 * 1024) })).toBeUndefined();
  });

  it("says why in the browser's language, with the limits, so a requester without JavaScript knows what to do", () => {
    const text = (acceptLanguage: string) => requestRefusal({ method: "POST", pathname: "/p/mvsep/request", headers: new Headers({ "content-length": "2000000", "accept-language": acceptLanguage }) })?.text;
    expect(text("en-GB,en;q=0.9")).toBe(messages("en").refusals.formTooLarge(1, 768));
    expect(text("en")).toContain("768 KB");
    expect(text("ru-RU,ru;q=0.9")).toBe(messages("ru").refusals.formTooLarge(1, 768));
    expect(text("uz")).toBe(messages("uz").refusals.formTooLarge(1, 768));
    expect(text("tr-TR")).toBe(messages("tr").refusals.formTooLarge(1, 768));
    expect(text("de-DE")).toBe(messages("en").refusals.formTooLarge(1, 768));
  });

  it("asks a chunked post to a page or an action for its length", () => {
    expect(post("/p/mvsep/request/sent", { "transfer-encoding": "chunked" })).toBe(411);
    expect(post("/staff/requests/1", { "transfer-encoding": "chunked" })).toBe(411);
  });

  it("leaves chunked bodies to the API's own limits, and bodiless requests alone", () => {
    expect(post("/api/v1/portals/mvsep/requests", { "transfer-encoding": "chunked" })).toBeUndefined();
    expect(post("/drp/mvsep/v1/data-rights-request", { "transfer-encoding": "chunked" })).toBeUndefined();
    expect(post("/staff/audit/mvsep", {})).toBeUndefined();
    expect(requestRefusal({ method: "GET", pathname: "/p/mvsep", headers: new Headers({ "transfer-encoding": "chunked" }) })).toBeUndefined();
  });

  it("refuses a path whose escapes are not UTF-8, and takes any that are", () => {
    expect(get("/p/%zz/request")).toBe(400);
    expect(get("/p/%E0%A4%A/request")).toBe(400);
    expect(get("/p/%C3%A9t%C3%A9/request")).toBeUndefined();
    expect(get("/p/mvsep/status")).toBeUndefined();
  });

  it("answers the REST API and DRP in their own JSON error shapes, and people in plain text", async () => {
    const tooLarge = (pathname: string) => refusalResponse(requestRefusal({ method: "POST", pathname, headers: new Headers({ "content-length": "2000000" }) })!, pathname);
    const api = tooLarge("/api/v1/portals/mvsep/requests");
    expect([api.status, api.headers.get("content-type"), api.headers.get("cache-control")]).toEqual([413, "application/json", "no-store"]);
    expect(await api.json()).toEqual({ error: { code: "payload_too_large", message: "The body must be at most 1048576 bytes." } });
    expect(await tooLarge("/drp/mvsep/v1/data-rights-request").json()).toEqual({ code: "413", message: "The body must be at most 1048576 bytes." });
    const page = tooLarge("/p/mvsep/request");
    expect([page.status, page.headers.get("content-type"), page.headers.get("cache-control")]).toEqual([413, "text/plain; charset=utf-8", "no-store"]);
    expect(await page.text()).toBe(messages("en").refusals.formTooLarge(1, 768));
    const malformed = "/api/v1/requests/%zz";
    expect((await refusalResponse(requestRefusal({ method: "GET", pathname: malformed, headers: new Headers() })!, malformed).json()).error.code).toBe("bad_request");
  });
});
