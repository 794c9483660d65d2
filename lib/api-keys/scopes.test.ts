import { describe, expect, it } from "vitest";
import { apiKeyScopesSchema, hasScope } from "./scopes";

describe("API key scopes", () => {
  it("keeps known scopes once each, in the catalogue's order", () => {
    expect(apiKeyScopesSchema.parse(["requests:write", "requests:create", "requests:write"])).toEqual(["requests:create", "requests:write"]);
  });

  it("refuses an empty list and names the valid scopes for an unknown one", () => {
    expect(apiKeyScopesSchema.safeParse([]).error?.issues[0]?.message).toBe("Choose at least one scope");
    expect(apiKeyScopesSchema.safeParse(["requests:read", "requests:delete"]).error?.issues[0]?.message).toBe(
      'Unknown scope "requests:delete": use requests:create, requests:read, requests:write',
    );
    expect(apiKeyScopesSchema.safeParse("requests:read").success).toBe(false);
  });

  it("hasScope: only the scopes held, no implied ones", () => {
    expect(hasScope(["requests:write"], "requests:write")).toBe(true);
    expect(hasScope(["requests:write"], "requests:read")).toBe(false);
  });
});
