import type { Metadata } from "next";
import Link from "next/link";
import { portalApiKeys } from "@/lib/api-keys/manage";
import { API_KEY_SCOPES } from "@/lib/api-keys/scopes";
import { displayApiKey } from "@/lib/api-keys/secret";
import { apiKeyStatus } from "@/lib/api-keys/status";
import { now as clockNow } from "@/lib/clock";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { StaffAlerts } from "../../../staff-alerts";
import { revokeApiKeyAction, type ApiKeyOutcome } from "../../api-keys-actions";
import { CreateKeyForm } from "./create-key-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.apiKeys.title };
}

/** A portal's API keys, for its admins: who created each, when it was last used, whether it still works; create and revoke. */
export default async function ApiKeysPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/api-keys">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const language = await staffLanguage();
  const { staffSettings } = messages(language);
  const t = staffSettings.apiKeys;
  const outcomes: Record<ApiKeyOutcome, string> = t.outcomes;
  const said = Object.entries(outcomes).find(([key]) => key === done)?.[1];
  const keys = await portalApiKeys(portal.id);
  const now = clockNow();
  const when = (at: Date) => formatInstant(at, language, portal.timeZone);
  return (
    <>
      <h1>{t.heading(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>{staffSettings.portal.back(portal.name)}</Link>
      </p>
      <p className="hint">
        {t.introBefore} <code>Authorization: Bearer rdk_…</code>
        {t.introAfter}
      </p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      {keys.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.key}</th>
              <th scope="col">{t.scopesColumn}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">{t.status}</th>
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
                    <span className="muted">
                      {" "}
                      {key.createdBy === null ? (
                        t.byCommandLine
                      ) : (
                        <>
                          {t.createdBy.before}
                          <bdi>{key.createdByEmail ?? t.formerMember}</bdi>
                          {t.createdBy.after}
                        </>
                      )}
                    </span>
                  </td>
                  <td>{key.lastUsedAt ? <time dateTime={key.lastUsedAt.toISOString()}>{when(key.lastUsedAt)}</time> : <span className="muted">{t.never}</span>}</td>
                  <td>
                    {status.state === "active" ? (
                      <>
                        {t.active}
                        {status.expiresAt && <span className="muted"> {t.until(when(status.expiresAt))}</span>}
                        <form action={revokeApiKeyAction}>
                          <input type="hidden" name="portal" value={portal.slug} />
                          <input type="hidden" name="id" value={key.id} />
                          <button type="submit" className="danger" aria-label={t.revokeOf(key.name, displayApiKey(key.prefix))}>
                            {t.revoke}
                          </button>
                        </form>
                      </>
                    ) : (
                      <>
                        {status.state === "revoked" ? t.revoked : t.expired} <span className="muted">{when(status.at)}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{t.createHeading}</h2>
      <CreateKeyForm slug={portal.slug} scopes={API_KEY_SCOPES.map((value) => ({ value, label: t.scopes[value] }))} labels={staffSettings.createKey} />
    </>
  );
}
