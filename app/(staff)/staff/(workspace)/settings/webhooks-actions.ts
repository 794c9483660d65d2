"use server";

import { revalidatePath } from "next/cache";
import type { Db } from "@/db/client";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";
import { ADMIN_OF_PORTAL, type PortalTarget } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { addWebhookSchema, webhookDeliverySchema, webhookEndpointSchema } from "@/lib/validation/webhooks";
import { addWebhookEndpoint, redeliverWebhook, removeWebhookEndpoint, rotateWebhookSecret, setWebhookEndpointEnabled } from "@/lib/webhooks/endpoints";

const webhooksPath = (portal: Pick<PortalTarget, "slug">) => `/staff/settings/${portal.slug}/webhooks`;

/** What the add form sent, to show again after a refusal. */
export type AddWebhookValues = { url: string; events: string[] };
/** The add form's state: `done` carries the new secret, shown this once and never put in a URL. */
export type AddWebhookState = ActionState<{ id: number; secret: string }, AddWebhookValues>;

const add = staffAction(
  { ...ADMIN_OF_PORTAL, schema: addWebhookSchema, input: (form): AddWebhookValues => ({ url: String(form.get("url") ?? ""), events: form.getAll("events").map(String) }) },
  async ({ input, target, staff, db, now }) => {
    const { WEBHOOK_ALLOW_PRIVATE, AUTH_SECRET } = env();
    const added = await addWebhookEndpoint(db, { portalId: target.id, url: input.url, events: input.events, by: { userId: staff.user.id }, now, allowPrivate: WEBHOOK_ALLOW_PRIVATE, authSecret: AUTH_SECRET });
    revalidatePath(webhooksPath(target));
    return added;
  },
);

/** Adds an endpoint after the address guard; answers with its signing secret, once. */
export async function addWebhookAction(prev: AddWebhookState, posted?: FormData): Promise<AddWebhookState> {
  return add(prev, posted);
}

/** The rotate form's state: the new secret, once, and until when the old one still signs, in the member's words. */
export type RotateSecretState = ActionState<{ secret: string; oldValidUntil: string }>;

const rotate = staffAction({ ...ADMIN_OF_PORTAL, schema: webhookEndpointSchema }, async ({ input, target, staff, db, now }) => {
  const { secret, oldValidUntil } = await rotateWebhookSecret(db, { portalId: target.id, endpointId: input.endpoint, by: { userId: staff.user.id }, now, authSecret: env().AUTH_SECRET });
  revalidatePath(webhooksPath(target));
  const language = await staffLanguage();
  return { secret, oldValidUntil: messages(language).staffOutbox.utc(formatInstant(oldValidUntil, language, "UTC")) };
});

/** A new signing secret; the old one keeps signing alongside for 24 hours. */
export async function rotateSecretAction(prev: RotateSecretState, posted?: FormData): Promise<RotateSecretState> {
  return rotate(prev, posted);
}

/** What a row's change came to (`?done=`); refusals come as `?error=` codes. */
export type WebhookOutcome = "enabled" | "disabled" | "deleted" | "redelivered";

type EndpointChange = { db: Db; portalId: number; endpointId: number; by: { userId: string }; now: Date };

/** A plain form on an endpoint's row that changes it and goes back to the list. */
const endpointChange = (fn: (change: EndpointChange) => Promise<WebhookOutcome>) =>
  staffFormAction(
    { ...ADMIN_OF_PORTAL, schema: webhookEndpointSchema },
    async ({ input, target, staff, db, now }) => {
      const done = await fn({ portalId: target.id, endpointId: input.endpoint, by: { userId: staff.user.id }, now, db });
      revalidatePath(webhooksPath(target));
      return done;
    },
    { back: webhooksPath },
  );

const enable = endpointChange(async ({ db, ...change }) => {
  await setWebhookEndpointEnabled(db, { ...change, enabled: true });
  return "enabled";
});
const disable = endpointChange(async ({ db, ...change }) => {
  await setWebhookEndpointEnabled(db, { ...change, enabled: false });
  return "disabled";
});
const remove = endpointChange(async ({ db, ...change }) => {
  await removeWebhookEndpoint(db, change);
  return "deleted";
});

/** Sends to the endpoint again, starting afresh; what waited for it goes out. */
export async function enableWebhookAction(formData: FormData) {
  await enable(formData);
}

/** Stops sending to the endpoint: deliveries already queued wait until it is enabled again; new events are not queued for it. */
export async function disableWebhookAction(formData: FormData) {
  await disable(formData);
}

/** Deletes the endpoint and its delivery log. */
export async function deleteWebhookAction(formData: FormData) {
  await remove(formData);
}

const redeliver = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: webhookDeliverySchema },
  async ({ input, target, staff, db, now }): Promise<WebhookOutcome> => {
    await redeliverWebhook(db, { portalId: target.id, deliveryId: input.delivery, by: { userId: staff.user.id }, now });
    return "redelivered";
  },
  { back: (target, form) => `${webhooksPath(target)}/${encodeURIComponent(String(form.get("endpoint") ?? ""))}` },
);

/** Queues a fresh attempt of the same event, under the same webhook-id. */
export async function redeliverAction(formData: FormData) {
  await redeliver(formData);
}
