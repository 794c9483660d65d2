import { describe, expect, it } from "vitest";
import { bodyRefusal } from "./body-size";

const post = (pathname: string, headers: Record<string, string>) => bodyRefusal({ method: "POST", pathname, headers: new Headers(headers) });

describe("bodyRefusal", () => {
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
    expect(post("/staff/audit/mvsep", {})).toBeUndefined();
    expect(bodyRefusal({ method: "GET", pathname: "/p/mvsep", headers: new Headers({ "transfer-encoding": "chunked" }) })).toBeUndefined();
  });
});
