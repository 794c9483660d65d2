"use server";

import { revalidatePath } from "next/cache";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage";
import { displayApiKey } from "@/lib/api-keys/secret";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";
import { ADMIN_OF_PORTAL, type PortalTarget } from "@/lib/staff/admin-portal";
import { apiKeyIdSchema, newApiKeySchema } from "@/lib/validation/api-keys";

/** What the form gets back once: the secret itself travels only in this answer, never in a URL. */
export interface CreatedApiKey {
  id: number;
  name: string;
  key: string;
  shown: string;
}

/** The form's fields as sent, to show them again after a refusal. */
export interface ApiKeyFormValues {
  name: string;
  scopes: string[];
  expiresInDays: string;
}

export type CreateApiKeyFormState = ActionState<CreatedApiKey, ApiKeyFormValues>;

const apiKeysPath = (portal: Pick<PortalTarget, "slug">) => `/staff/settings/${portal.slug}/api-keys`;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const create = staffAction(
  {
    ...ADMIN_OF_PORTAL,
    schema: newApiKeySchema,
    input: (form): ApiKeyFormValues => ({
      name: text(form, "name"),
      scopes: form.getAll("scope").filter((s): s is string => typeof s === "string"),
      expiresInDays: text(form, "expiresInDays"),
    }),
  },
  async ({ input, target, staff, db, now }): Promise<CreatedApiKey> => {
    const { id, key, listing } = await createApiKey(db, { portalId: target.id, ...input, by: staff.user.id, now });
    revalidatePath(apiKeysPath(target));
    return { id, name: listing.name, key, shown: displayApiKey(listing.prefix) };
  },
);

/**
 * Creates a key of the portal and answers with its secret, which the form
 * shows once; only its hash is stored. The key and its audit entry commit together.
 */
export async function createApiKeyAction(prev: CreateApiKeyFormState, posted?: FormData): Promise<CreateApiKeyFormState> {
  return create(prev, posted);
}

/** What a revocation came to (`?done=`); refusals come as `?error=` codes. */
export type ApiKeyOutcome = "revoked" | "already-revoked";

const revoke = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: apiKeyIdSchema },
  async ({ input, target, staff, db, now }): Promise<ApiKeyOutcome> => {
    const { outcome } = await revokeApiKey(db, { portalId: target.id, id: input.id, by: staff.user.id, now });
    revalidatePath(apiKeysPath(target));
    return outcome === "revoked" ? "revoked" : "already-revoked";
  },
  { back: apiKeysPath },
);

/** Revokes a key of this portal: the next call with it is refused. */
export async function revokeApiKeyAction(formData: FormData) {
  await revoke(formData);
}
