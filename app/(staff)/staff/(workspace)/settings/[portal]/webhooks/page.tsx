import type { Metadata } from "next";
import Link from "next/link";
import { portalWebhooks, requireAdminPortal } from "@/lib/staff/admin-portal";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { StaffAlerts } from "../../../staff-alerts";
import { deleteWebhookAction, disableWebhookAction, enableWebhookAction, type WebhookOutcome } from "../../webhooks-actions";
import { AddWebhookForm } from "./add-form";
import { RotateSecretForm } from "./rotate-form";

export const metadata: Metadata = { title: "Webhooks" };

const OUTCOMES: Partial<Record<WebhookOutcome, string>> = {
  enabled: "Endpoint enabled: events waiting for it go out now.",
  disabled: "Endpoint disabled: nothing is sent to it, and new events are not queued for it, until it is enabled.",
  deleted: "Endpoint deleted, with its delivery log.",
};

const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`;

/** A portal's webhook endpoints, for its admins: add, rotate the secret, disable or enable, delete; each has a delivery log. */
export default async function WebhooksPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/webhooks">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const said = Object.entries(OUTCOMES).find(([key]) => key === done)?.[1];
  const endpoints = await portalWebhooks(portal.id);
  return (
    <>
      <h1>{portal.name}: webhooks</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>Settings of {portal.name}</Link>
      </p>
      <p className="hint">
        Rightsdesk POSTs each event you choose to your endpoint, signed per the Standard Webhooks specification (headers <code>webhook-id</code>, <code>webhook-timestamp</code>,{" "}
        <code>webhook-signature</code>). Failed deliveries are retried for about three days; an endpoint failing for a whole day is disabled and this portal&apos;s admins are emailed.
      </p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      {endpoints.length === 0 ? (
        <p className="muted">No endpoints yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Events</th>
              <th scope="col">State</th>
              <th scope="col">Secret</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <bdi>{e.url}</bdi>
                  <br />
                  <Link href={`/staff/settings/${portal.slug}/webhooks/${e.id}`}>Delivery log</Link>
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
                    <>Enabled{e.failingSince && <span className="muted"> (failing since {utc(e.failingSince)})</span>}</>
                  ) : (
                    <>
                      Disabled {e.disabledAt && <>on {utc(e.disabledAt)}</>}
                      {e.disabledReason && <span className="muted">: {e.disabledReason}</span>}
                    </>
                  )}
                </td>
                <td>
                  {e.rotating && e.previousSecretUntil && <p className="muted">The old secret also signs until {utc(e.previousSecretUntil)}.</p>}
                  <RotateSecretForm slug={portal.slug} endpoint={e.id} url={e.url} />
                </td>
                <td>
                  <form action={e.enabled ? disableWebhookAction : enableWebhookAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="endpoint" value={e.id} />
                    <button type="submit">{e.enabled ? "Disable" : "Enable"}</button>
                  </form>
                  <form action={deleteWebhookAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="endpoint" value={e.id} />
                    <button type="submit" className="danger" aria-label={`Delete the endpoint ${e.url}`}>
                      Delete
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Add an endpoint</h2>
      <p className="hint">An http(s) URL on a public address. Its signing secret is shown once, when it is added.</p>
      <AddWebhookForm slug={portal.slug} events={WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }))} />
    </>
  );
}
