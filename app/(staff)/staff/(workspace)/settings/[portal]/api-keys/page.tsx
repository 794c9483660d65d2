import type { Metadata } from "next";
import Link from "next/link";
import { portalApiKeys } from "@/lib/api-keys/manage";
import { API_KEY_SCOPES, type ApiKeyScope } from "@/lib/api-keys/scopes";
import { displayApiKey } from "@/lib/api-keys/secret";
import { apiKeyStatus } from "@/lib/api-keys/status";
import { now as clockNow } from "@/lib/clock";
import { formatInstant } from "@/lib/i18n/format";
import { requireAdminPortal } from "@/lib/staff/admin-portal";
import { StaffAlerts } from "../../../staff-alerts";
import { revokeApiKeyAction, type ApiKeyOutcome } from "../../api-keys-actions";
import { CreateKeyForm } from "./create-key-form";

export const metadata: Metadata = { title: "API keys" };

const OUTCOMES: Record<ApiKeyOutcome, string> = {
  revoked: "API key revoked: calls with it are refused from now on.",
  "already-revoked": "That API key was already revoked.",
};

const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  "requests:create": "file requests for signed-in users",
  "requests:read": "read requests, their deadlines and events",
  "requests:write": "work requests: notes, assignment, questions, extension, rejection, completion",
};

/** A portal's API keys, for its admins: who created each, when it was last used, whether it still works; create and revoke. */
export default async function ApiKeysPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/api-keys">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const said = Object.entries(OUTCOMES).find(([key]) => key === done)?.[1];
  const keys = await portalApiKeys(portal.id);
  const now = clockNow();
  const when = (at: Date) => formatInstant(at, "en", portal.timeZone);
  return (
    <>
      <h1>{portal.name}: API keys</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>Settings of {portal.name}</Link>
      </p>
      <p className="hint">
        The operator&apos;s own systems call the API with a key as <code>Authorization: Bearer rdk_…</code>. A key works for this portal only, with its
        scopes. To rotate one, create a new key, switch the system over, then revoke the old one.
      </p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      {keys.length === 0 ? (
        <p>No API keys yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const status = apiKeyStatus(key, now);
              return (
                <tr key={key.id}>
                  <th scope="row">
                    <bdi>{key.name}</bdi>
                  </th>
                  <td>
                    <code>{displayApiKey(key.prefix)}</code>
                  </td>
                  <td>
                    {key.scopes.map((scope) => (
                      <code key={scope} className="badge">
                        {scope}
                      </code>
                    ))}
                  </td>
                  <td>
                    <time dateTime={key.createdAt.toISOString()}>{when(key.createdAt)}</time>
                    <span className="muted"> by {key.createdBy === null ? "the command line" : <bdi>{key.createdByEmail ?? "a former member"}</bdi>}</span>
                  </td>
                  <td>{key.lastUsedAt ? <time dateTime={key.lastUsedAt.toISOString()}>{when(key.lastUsedAt)}</time> : <span className="muted">never</span>}</td>
                  <td>
                    {status.state === "active" ? (
                      <>
                        Active{status.expiresAt && <span className="muted"> until {when(status.expiresAt)}</span>}
                        <form action={revokeApiKeyAction}>
                          <input type="hidden" name="portal" value={portal.slug} />
                          <input type="hidden" name="id" value={key.id} />
                          <button type="submit" className="danger" aria-label={`Revoke the API key ${key.name} (${displayApiKey(key.prefix)})`}>
                            Revoke
                          </button>
                        </form>
                      </>
                    ) : (
                      <>
                        {status.state === "revoked" ? "Revoked" : "Expired"} <span className="muted">{when(status.at)}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>Create a key</h2>
      <CreateKeyForm slug={portal.slug} scopes={API_KEY_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] }))} />
    </>
  );
}
