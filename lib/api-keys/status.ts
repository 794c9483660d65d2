import type { ApiKey } from "../../db/schema";

/** Whether a key works at `now`, and since or until when, for the admin list. */
export type ApiKeyStatus = { state: "active"; expiresAt: Date | null } | { state: "revoked"; at: Date } | { state: "expired"; at: Date };

export function apiKeyStatus(key: Pick<ApiKey, "revokedAt" | "expiresAt">, now: Date): ApiKeyStatus {
  if (key.revokedAt) return { state: "revoked", at: key.revokedAt };
  if (key.expiresAt && key.expiresAt <= now) return { state: "expired", at: key.expiresAt };
  return { state: "active", expiresAt: key.expiresAt };
}
