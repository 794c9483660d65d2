import { describe, expect, it } from "vitest";
import { requestRefusal } from "./request-refusal";

const post = (pathname: string, headers: Record<string, string>) => requestRefusal({ method: "POST", pathname, headers: new Headers(headers) })?.status;
const get = (pathname: string) => requestRefusal({ method: "GET", pathname, headers: new Headers() })?.status;

describe("requestRefusal", () => {
  it("refuses a declared length over 1 MB anywhere, and lets 1 MB itself through", () => {
    expect(post("/p/mvsep/request", { "content-length": String(1024 * 1024 + 1) })).toBe(413);
    expect(post("/api/v1/portals/mvsep/requests", { "content-length": "12000000" })).toBe(413);
    expect(post("/p/mvsep/request", { "content-length": String(1024 * 1024) })).toBeUndefined();
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
});
