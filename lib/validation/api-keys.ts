import { z } from "zod";
import { apiKeyScopesSchema } from "../api-keys/scopes";
import { plainText } from "./plain-text";

/** The longest expiry a key can be given: ten years, which is "no expiry" in all but name. */
export const MAX_API_KEY_DAYS = 3650;

const EXPIRY = `The expiry must be a whole number of days from 1 to ${MAX_API_KEY_DAYS}, or none`;

/**
 * A new API key, from the admin form or the CLI, in words for the person who
 * typed it: a name to tell it apart, its scopes, and optionally the number of
 * days it lives (empty: until revoked).
 */
export const newApiKeySchema = z.object({
  name: z
    .string("Give the key a name")
    .trim()
    .min(1, "Give the key a name, such as the system that will use it")
    .max(100, "The name can be at most 100 characters")
    .check(plainText("The name contains an invisible control or text-direction character: type it again without it")),
  scopes: apiKeyScopesSchema,
  expiresInDays: z
    .string(EXPIRY)
    .trim()
    .regex(/^\d{0,4}$/, EXPIRY)
    .optional()
    .transform((days) => (days ? Number(days) : null))
    .refine((days) => days === null || (days >= 1 && days <= MAX_API_KEY_DAYS), EXPIRY),
});
export type NewApiKeyInput = z.input<typeof newApiKeySchema>;

/** A key's row on the admin page: revoke it. The message is a staff error code (it travels as `?error=`). */
export const apiKeyIdSchema = z.object({
  id: z.coerce.number("api_key_not_found").int("api_key_not_found").positive("api_key_not_found"),
});
