import { z } from "zod";
import { apiKeyScopesSchema } from "../api-keys/scopes";
import { plainText } from "./plain-text";

/** The longest expiry a key can be given: ten years, which is "no expiry" in all but name. */
export const MAX_API_KEY_DAYS = 3650;

/**
 * A new API key, from the admin form or the CLI: a name to tell it apart, its
 * scopes, and optionally the number of days it lives (empty: until revoked).
 * Messages are staff error codes: the form words them in the admin's
 * language, the CLI in English (staffErrorText).
 */
export const newApiKeySchema = z.object({
  name: z.string("api_key_name_required").trim().min(1, "api_key_name_required").max(100, "api_key_name_too_long").check(plainText("text_bad_character")),
  scopes: apiKeyScopesSchema,
  expiresInDays: z
    .string("api_key_expiry_invalid")
    .trim()
    .regex(/^\d{0,4}$/, "api_key_expiry_invalid")
    .optional()
    .transform((days) => (days ? Number(days) : null))
    .refine((days) => days === null || (days >= 1 && days <= MAX_API_KEY_DAYS), "api_key_expiry_invalid"),
});
export type NewApiKeyInput = z.input<typeof newApiKeySchema>;

/** A key's row on the admin page: revoke it. The message is a staff error code (it travels as `?error=`). */
export const apiKeyIdSchema = z.object({
  id: z.coerce.number("api_key_not_found").int("api_key_not_found").positive("api_key_not_found"),
});
