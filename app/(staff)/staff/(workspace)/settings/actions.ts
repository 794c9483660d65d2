"use server";

import { revalidatePath } from "next/cache";
import { ADMIN_OF_PORTAL } from "@/lib/staff/admin-portal";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";
import { confirmContact, savePortalSettings } from "@/lib/staff/portal-settings";
import { portalContactFormSchema } from "@/lib/validation/portal-contact-form";
import { portalSettingsSchema, type PortalSettingsFormValues } from "@/lib/validation/portal-settings";
import { settingsFormValues, settingsFormValuesFrom } from "@/lib/validation/portal-settings-form";

/** A save's outcome: the values as stored (normalised), and the fields it changed (empty when none). */
export interface SettingsSaved {
  values: PortalSettingsFormValues;
  saved: Awaited<ReturnType<typeof savePortalSettings>>[number]["field"][];
}

/** After a refusal, `values` are those sent back and `fieldErrors` are by field path, the names the inputs carry. */
export type SettingsFormState = ActionState<SettingsSaved, PortalSettingsFormValues>;

const save = staffAction({ ...ADMIN_OF_PORTAL, schema: portalSettingsSchema, input: settingsFormValuesFrom }, async ({ input, target, staff, db, now }) => {
  const { retentionBases: bases, ...settings } = input;
  const changes = await savePortalSettings(db, { portalId: target.id, settings, bases, by: staff.user.id, now });
  revalidatePath("/staff", "layout");
  return { values: settingsFormValues(input), saved: changes.map((c) => c.field) };
});

/**
 * The settings form's action, with or without JavaScript: the portal comes
 * from a form field (bound actions break without JavaScript). The settings,
 * the retention catalogue and the audit entry are saved together.
 */
export async function saveSettingsAction(prev: SettingsFormState, posted?: FormData): Promise<SettingsFormState> {
  return save(prev, posted);
}

const confirm = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: portalContactFormSchema },
  async ({ input, target, staff, db, now }) => {
    await confirmContact(db, { portalId: target.id, contactEmail: input.contactEmail, by: staff.user.id, now });
    revalidatePath("/staff", "layout");
    return "contact-confirmed";
  },
  { back: (portal) => `/staff/settings/${portal.slug}` },
);

/**
 * An admin confirms (or corrects) the operator's contact address, which every
 * portal page and requester email names; a seeded placeholder is flagged in
 * settings until this is done.
 */
export async function confirmContactAction(formData: FormData) {
  await confirm(formData);
}
