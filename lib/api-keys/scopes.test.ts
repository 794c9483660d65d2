import { describe, expect, it } from "vitest";
import { apiKeyScopesSchema, hasScope } from "./scopes";

describe("API key scopes", () => {
  it("keeps known scopes once each, in the catalogue's order", () => {
    expect(apiKeyScopesSchema.parse(["requests:write", "requests:create", "requests:write"])).toEqual(["requests:create", "requests:write"]);
  });

  it("refuses an empty list, and an unknown scope at its place in the list, by staff error code", () => {
    expect(apiKeyScopesSchema.safeParse([]).error?.issues[0]?.message).toBe("api_key_scopes_required");
    expect(apiKeyScopesSchema.safeParse(["requests:read", "requests:delete"]).error?.issues[0]).toMatchObject({ path: [1], message: "api_key_scope_unknown" });
    expect(apiKeyScopesSchema.safeParse("requests:read").error?.issues[0]?.message).toBe("api_key_scopes_required");
  });

  it("hasScope: only the scopes held, no implied ones", () => {
    expect(hasScope(["requests:write"], "requests:write")).toBe(true);
    expect(hasScope(["requests:write"], "requests:read")).toBe(false);
  });
});
