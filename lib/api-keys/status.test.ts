import { describe, expect, it } from "vitest";
import { apiKeyStatus } from "./status";

const NOW = new Date("2026-11-29T09:00:00Z");
const before = new Date(NOW.getTime() - 1);
const after = new Date(NOW.getTime() + 1);

describe("apiKeyStatus", () => {
  it("is revoked once revoked, expired from its expiry on (as authentication refuses it), else active", () => {
    expect(apiKeyStatus({ revokedAt: before, expiresAt: before }, NOW)).toEqual({ state: "revoked", at: before });
    expect(apiKeyStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toEqual({ state: "expired", at: NOW });
    expect(apiKeyStatus({ revokedAt: null, expiresAt: after }, NOW)).toEqual({ state: "active", expiresAt: after });
    expect(apiKeyStatus({ revokedAt: null, expiresAt: null }, NOW)).toEqual({ state: "active", expiresAt: null });
  });
});
