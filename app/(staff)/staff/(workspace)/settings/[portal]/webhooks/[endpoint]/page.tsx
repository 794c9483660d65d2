import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { portalWebhookLog, requireAdminPortal } from "@/lib/staff/admin-portal";
import { StaffAlerts } from "../../../../staff-alerts";
import { redeliverAction } from "../../../webhooks-actions";

export const metadata: Metadata = { title: "Webhook deliveries" };

const utc = (d: Date | null) => (d ? `${d.toISOString().replace("T", " ").slice(0, 19)} UTC` : "");

const STATUS: Record<string, string> = { pending: "Waiting", sending: "Sending", delivered: "Delivered", failed: "Failed" };

/** One endpoint's newest deliveries: what was sent, how the receiver answered, and a redeliver button. */
export default async function WebhookLogPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/webhooks/[endpoint]">) {
  const { portal: slug, endpoint: endpointParam } = await params;
  const { portal } = await requireAdminPortal(slug);
  const endpointId = Number(endpointParam);
  const log = Number.isInteger(endpointId) ? await portalWebhookLog(portal.id, endpointId) : undefined;
  if (!log) notFound();
  const { endpoint, deliveries } = log;
  const { done, error } = await searchParams;
  return (
    <>
      <h1>Deliveries to {endpoint.url}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}/webhooks`}>Webhooks of {portal.name}</Link>
      </p>
      {!endpoint.enabled && <p className="notice">This endpoint is disabled{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}. Redelivered events wait until it is enabled.</p>}
      <StaffAlerts error={error} />
      {done === "redelivered" && (
        <p role="status" className="notice">
          Redelivery queued: the event goes out again under the same webhook-id.
        </p>
      )}
      {deliveries.length === 0 ? (
        <p className="muted">Nothing sent yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last attempt</th>
              <th scope="col">Answer</th>
              <th scope="col">Again</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <code>{d.type}</code>
                  <br />
                  <span className="muted">
                    <code>{d.eventId}</code>, queued {utc(d.createdAt)}
                  </span>
                </th>
                <td>
                  {STATUS[d.status]}
                  {d.status === "pending" && d.attempts > 0 && <span className="muted"> (next try {utc(d.nextAttemptAt)})</span>}
                </td>
                <td>{d.attempts}</td>
                <td>
                  {utc(d.lastAttemptAt)}
                  {d.lastDurationMs !== null && <span className="muted"> ({d.lastDurationMs} ms)</span>}
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
                    <button type="submit" aria-label={`Redeliver ${d.type} ${d.eventId}`}>
                      Redeliver
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
