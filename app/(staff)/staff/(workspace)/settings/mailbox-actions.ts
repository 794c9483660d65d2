"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/catalogue";
import { failureWords } from "@/lib/inbound/imap-failure";
import { removeMailbox, saveMailboxSettings, testMailboxConnection } from "@/lib/inbound/mailbox-settings";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";
import { ADMIN_OF_PORTAL, type PortalTarget } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { mailboxSettingsSchema } from "@/lib/validation/mailbox";

const mailboxPath = (portal: Pick<PortalTarget, "slug">) => `/staff/settings/${portal.slug}/mailbox`;

/** What the form is told: a sentence in the admin's language, and whether it is good news. */
export type MailboxFormState = ActionState<{ ok: boolean; text: string }>;

/** The form's values go back after a refusal, but never the password: it is write-only. */
function withoutPassword(state: MailboxFormState): MailboxFormState {
  if (!state.values) return state;
  const values: Record<string, string> = { ...(state.values as Record<string, string>) };
  delete values.password;
  return { ...state, values };
}

const save = staffAction({ ...ADMIN_OF_PORTAL, schema: mailboxSettingsSchema }, async ({ input, target, staff, db, now }) => {
  const t = messages(await staffLanguage()).staffMailbox;
  const { created, changed } = await saveMailboxSettings(db, { portalId: target.id, settings: input, by: staff.user.id, now, authSecret: env().AUTH_SECRET });
  revalidatePath(mailboxPath(target));
  const fields = changed.map((field) => t.form[field as keyof typeof t.form]).join(", ");
  return { ok: true, text: created ? t.outcome.connected : changed.length > 0 ? t.outcome.saved(fields) : t.outcome.unchanged };
});

/** Connects the portal's mailbox or changes its settings; a blank password keeps the stored one. */
export async function saveMailboxAction(prev: MailboxFormState, posted?: FormData): Promise<MailboxFormState> {
  return withoutPassword(await save(prev, posted));
}

const test = staffAction({ ...ADMIN_OF_PORTAL, schema: mailboxSettingsSchema }, async ({ input, target, db }) => {
  const t = messages(await staffLanguage()).staffMailbox;
  const result = await testMailboxConnection(db, { portalId: target.id, settings: input, authSecret: env().AUTH_SECRET });
  if (!result.ok) return { ok: false, text: failureWords(t, result.failure) };
  return { ok: true, text: result.flag === "seen" ? `${t.outcome.testOk(result.messages)} ${t.outcome.testSeen}` : t.outcome.testOk(result.messages) };
});

/** Tries the settings as typed, saving nothing, and says what worked or which step failed. */
export async function testMailboxAction(prev: MailboxFormState, posted?: FormData): Promise<MailboxFormState> {
  return withoutPassword(await test(prev, posted));
}

const remove = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: z.object({}) },
  async ({ target, staff, db, now }) => {
    await removeMailbox(db, { portalId: target.id, by: staff.user.id, now });
    revalidatePath(mailboxPath(target));
    return "removed";
  },
  { back: mailboxPath },
);

/** Disconnects the mailbox: no more checks, the stored password deleted. */
export async function removeMailboxAction(formData: FormData) {
  await remove(formData);
}
