"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { confirmPortalContact, RetentionBasisInUseError, updatePortalSettings } from "@/db/queries/portal-settings";
import { actionForm } from "@/lib/http/action-form";
import { recordStaffEvent } from "@/lib/staff/audit";
import { fieldErrorsByPath, portalSettingsSchema, type PortalSettingsFormValues } from "@/lib/validation/portal-settings";
import { portalContactSchema } from "@/lib/validation/portal-contact";
import { settingsFormValues, settingsFormValuesFrom } from "@/lib/validation/portal-settings-form";
import { atomically, requireAdminPortal } from "./admin-portal";

export interface SettingsFormState {
  /** What the form shows next: the values sent back on an error, the stored (normalised) ones after a save. */
  values?: PortalSettingsFormValues;
  /** Messages by field path, the names the inputs carry. */
  fieldErrors?: Record<string, string[]>;
  /** The fields a save changed; empty when it changed nothing. */
  saved?: string[];
}

/**
 * The settings form's action, with or without JavaScript: the portal comes
 * from a form field (bound actions break without JavaScript). The settings,
 * the retention catalogue and the audit entry are saved together.
 */
export async function saveSettingsAction(prev: SettingsFormState, posted?: FormData): Promise<SettingsFormState> {
  const formData = actionForm(prev, posted);
  const { staff, portal } = await requireAdminPortal(formData.get("portal"));
  const values = settingsFormValuesFrom(formData);
  const parsed = portalSettingsSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { retentionBases: bases, ...settings } = parsed.data;
  try {
    const changes = atomically((db) => {
      const changes = updatePortalSettings(db, { portalId: portal.id, settings, bases });
      if (changes.length > 0) {
        const fields = changes.map((c) => c.field);
        recordStaffEvent(db, { userId: staff.user.id, type: "portal_settings_changed", data: { fields, changes }, portalIds: [portal.id] });
      }
      return changes;
    });
    revalidatePath("/staff", "layout");
    return { values: settingsFormValues(parsed.data), saved: changes.map((c) => c.field) };
  } catch (e) {
    if (e instanceof RetentionBasisInUseError) return { values, fieldErrors: { retentionBases: [e.message] } };
    throw e;
  }
}

/**
 * An admin confirms (or corrects) the operator's contact address, which every
 * portal page and requester email names; a seeded placeholder is flagged in
 * settings until this is done. The change and its audit entry commit together.
 */
export async function confirmContactAction(formData: FormData) {
  const { staff, portal } = await requireAdminPortal(formData.get("portal"));
  const back = `/staff/settings/${portal.slug}`;
  const parsed = portalContactSchema.safeParse({ contactEmail: formData.get("contactEmail") ?? "" });
  if (!parsed.success) redirect(`${back}?contact=invalid`);
  const { contactEmail } = parsed.data;
  atomically((db) => {
    const { before, wasConfirmed } = confirmPortalContact(db, { portalId: portal.id, contactEmail });
    recordStaffEvent(db, { userId: staff.user.id, type: "portal_contact_confirmed", data: { before, after: contactEmail, wasConfirmed }, portalIds: [portal.id] });
  });
  revalidatePath("/staff", "layout");
  redirect(`${back}?contact=confirmed`);
}
