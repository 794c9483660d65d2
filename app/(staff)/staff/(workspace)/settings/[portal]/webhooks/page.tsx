import type { Metadata } from "next";
import Link from "next/link";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { portalWebhooks, requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { StaffAlerts } from "../../../staff-alerts";
import { deleteWebhookAction, disableWebhookAction, enableWebhookAction, type WebhookOutcome } from "../../webhooks-actions";
import { AddWebhookForm } from "./add-form";
import { RotateSecretForm } from "./rotate-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.webhooks.title };
}

/** A portal's webhook endpoints, for its admins: add, rotate the secret, disable or enable, delete; each has a delivery log. */
export default async function WebhooksPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/webhooks">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const language = await staffLanguage();
  const { staffSettings, staffOutbox } = messages(language);
  const t = staffSettings.webhooks;
  const outcomes: Partial<Record<WebhookOutcome, string>> = t.outcomes;
  const said = Object.entries(outcomes).find(([key]) => key === done)?.[1];
  // Deliveries are timed in UTC, as the receivers' own logs usually are.
  const utc = (d: Date) => staffOutbox.utc(formatInstant(d, language, "UTC"));
  const endpoints = await portalWebhooks(portal.id);
  return (
    <>
      <h1>{t.heading(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>{staffSettings.portal.back(portal.name)}</Link>
      </p>
      <p className="hint">
        {t.introBefore} <code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>
        {t.introAfter}
      </p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      {endpoints.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.endpoint}</th>
              <th scope="col">{t.events}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">{t.secret}</th>
              <th scope="col">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <bdi>{e.url}</bdi>
                  <br />
                  <Link href={`/staff/settings/${portal.slug}/webhooks/${e.id}`}>{t.deliveryLog}</Link>
                </th>
                <td>
                  {e.events.map((type) => (
                    <code key={type}>
                      {type}
                      <br />
                    </code>
                  ))}
                </td>
                <td>
                  {e.enabled ? (
                    <>
                      {t.enabled}
                      {e.failingSince && <span className="muted"> {t.failingSince(utc(e.failingSince))}</span>}
                    </>
                  ) : (
                    <>
                      {t.disabled} {e.disabledAt && t.disabledOn(utc(e.disabledAt))}
                      {e.disabledReason && <span className="muted">: {e.disabledReason}</span>}
                    </>
                  )}
                </td>
                <td>
                  {e.rotating && e.previousSecretUntil && <p className="muted">{t.oldSecretUntil(utc(e.previousSecretUntil))}</p>}
                  <RotateSecretForm slug={portal.slug} endpoint={e.id} url={e.url} labels={staffSettings.webhookForms} />
                </td>
                <td>
                  <form action={e.enabled ? disableWebhookAction : enableWebhookAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="endpoint" value={e.id} />
                    <button type="submit">{e.enabled ? t.disable : t.enable}</button>
                  </form>
                  <form action={deleteWebhookAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="endpoint" value={e.id} />
                    <button type="submit" className="danger" aria-label={t.deleteOf(e.url)}>
                      {t.delete}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.addHeading}</h2>
      <p className="hint">{t.addHint}</p>
      <AddWebhookForm slug={portal.slug} events={WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: t.eventLabels[value] }))} labels={staffSettings.webhookForms} />
    </>
  );
}
