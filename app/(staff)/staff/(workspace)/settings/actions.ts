"use server";

import { revalidatePath } from "next/cache";
import { RetentionBasisInUseError, updatePortalSettings } from "@/db/queries/portal-settings";
import { actionForm } from "@/lib/http/action-form";
import { recordStaffEvent } from "@/lib/staff/audit";
import { fieldErrorsByPath, portalSettingsSchema, type PortalSettingsFormValues } from "@/lib/validation/portal-settings";
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
