import { z } from "zod";

/** What a key may do: file requests, read them, and work them (notes, decisions, completion). */
export const API_KEY_SCOPES = ["requests:create", "requests:read", "requests:write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * The one check of a key's scopes, for the admin form, the CLI and the use
 * case: at least one, each a known scope; repeats collapse and the list is
 * kept in API_KEY_SCOPES's order, so two keys with the same rights read alike.
 * Messages are staff error codes (lib/staff/errors.ts).
 */
export const apiKeyScopesSchema = z
  .array(z.enum(API_KEY_SCOPES, "api_key_scope_unknown"), "api_key_scopes_required")
  .min(1, "api_key_scopes_required")
  .transform((scopes) => API_KEY_SCOPES.filter((scope) => scopes.includes(scope)));

export function hasScope(scopes: readonly ApiKeyScope[], scope: ApiKeyScope): boolean {
  return scopes.includes(scope);
}
