import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant, formatMilliseconds, formatNumber } from "@/lib/i18n/format";
import { portalWebhookLog, requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { StaffAlerts } from "../../../../staff-alerts";
import { redeliverAction } from "../../../webhooks-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.deliveries.title };
}

/** One endpoint's newest deliveries: what was sent, how the receiver answered, and a redeliver button. */
export default async function WebhookLogPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/webhooks/[endpoint]">) {
  const { portal: slug, endpoint: endpointParam } = await params;
  const { portal } = await requireAdminPortal(slug);
  const endpointId = Number(endpointParam);
  const log = Number.isInteger(endpointId) ? await portalWebhookLog(portal.id, endpointId) : undefined;
  if (!log) notFound();
  const { endpoint, deliveries } = log;
  const { done, error } = await searchParams;
  const language = await staffLanguage();
  const { staffSettings, staffOutbox } = messages(language);
  const t = staffSettings.deliveries;
  // To the second, in UTC: attempts come seconds apart, and receivers log in UTC.
  const utc = (d: Date | null) => (d ? staffOutbox.utc(formatInstant(d, language, "UTC", { seconds: true })) : "");
  return (
    <>
      <h1>{t.heading(endpoint.url)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}/webhooks`}>{t.back(portal.name)}</Link>
      </p>
      {!endpoint.enabled && <p className="notice">{t.disabled(endpoint.disabledReason)}</p>}
      <StaffAlerts error={error} />
      {done === "redelivered" && (
        <p role="status" className="notice">
          {t.redelivered}
        </p>
      )}
      {deliveries.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.event}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.attempts}</th>
              <th scope="col">{t.lastAttempt}</th>
              <th scope="col">{t.answer}</th>
              <th scope="col">{t.again}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <code>{d.type}</code>
                  <br />
                  <span className="muted">
                    <code>{d.eventId}</code>, {t.queued(utc(d.createdAt))}
                  </span>
                </th>
                <td>
                  {t.statuses[d.status]}
                  {d.status === "pending" && d.attempts > 0 && <span className="muted"> {t.nextTry(utc(d.nextAttemptAt))}</span>}
                </td>
                <td>{formatNumber(d.attempts, language)}</td>
                <td>
                  {utc(d.lastAttemptAt)}
                  {d.lastDurationMs !== null && <span className="muted"> ({formatMilliseconds(d.lastDurationMs, language)})</span>}
                </td>
                <td>
                  {d.lastStatusCode !== null && <strong>{d.lastStatusCode} </strong>}
                  {d.lastResponseExcerpt && <code dir="auto">{d.lastResponseExcerpt}</code>}
                </td>
                <td>
                  <form action={redeliverAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="endpoint" value={endpoint.id} />
                    <input type="hidden" name="delivery" value={d.id} />
                    <button type="submit" aria-label={t.redeliverOf(d.type, d.eventId)}>
                      {t.redeliver}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
