import type { Metadata } from "next";
import Link from "next/link";
import { agentsPageData } from "@/lib/drp/agents-page";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { StaffAlerts } from "../../../staff-alerts";
import { registerAgentAction, revokeAgentTokenAction, setAgentStatusAction, setBusinessIdAction } from "../../agents-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffAgents.title };
}

/** A portal's authorized agents (DRP), for its admins: register, suspend or reactivate, see and revoke their tokens, set the business id. */
export default async function AgentsPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/agents">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const language = await staffLanguage();
  const t = messages(language).staffAgents;
  const said = Object.entries(t.outcomes).find(([key]) => key === done)?.[1];
  const { agents, tokens, businessId, key, apiBase, keyUrl } = await agentsPageData(portal);
  const when = (at: Date) => <time dateTime={at.toISOString()}>{formatInstant(at, language, portal.timeZone)}</time>;
  return (
    <>
      <h1>{t.heading(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>{t.back(portal.name)}</Link>
      </p>
      <p className="hint">{t.intro}</p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      <h2>{t.endpointsHeading}</h2>
      <dl>
        <dt>{t.apiBase}</dt>
        <dd>
          <code>{apiBase}</code>
        </dd>
      </dl>
      <form action={setBusinessIdAction}>
        <input type="hidden" name="portal" value={portal.slug} />
        <label htmlFor="businessId">{t.businessId}</label>
        <input id="businessId" name="businessId" defaultValue={businessId ?? ""} placeholder={portal.slug} maxLength={100} aria-describedby="businessId-hint" />
        <p id="businessId-hint" className="hint">
          {t.businessIdHint(portal.slug)}
        </p>
        <button type="submit">{t.save}</button>
      </form>
      <h2>{t.keyHeading}</h2>
      <p className="hint">
        {t.keyHint} <code>{keyUrl}</code>
      </p>
      <dl>
        <dt>{t.keyId}</dt>
        <dd>
          <code>{key.keyId}</code>
        </dd>
        <dt>{t.publicKey}</dt>
        <dd>
          <code>{key.publicKey}</code>
        </dd>
      </dl>
      <h2>{t.agentsHeading}</h2>
      {agents.length === 0 ? (
        <p>{t.noAgents}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.agentId}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.verifyKey}</th>
              <th scope="col">{t.contact}</th>
              <th scope="col">{t.registered}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id}>
                <th scope="row">
                  <code>{agent.agentId}</code>
                </th>
                <td>
                  <bdi>{agent.name}</bdi>
                </td>
                <td>
                  <code>{agent.verifyKey}</code>
                </td>
                <td>{agent.contact && <bdi>{agent.contact}</bdi>}</td>
                <td>
                  {when(agent.createdAt)}{" "}
                  <span className="muted">{t.by(agent.createdBy === null ? t.commandLine : (agent.createdByEmail ?? t.formerMember))}</span>
                </td>
                <td>
                  {agent.status === "active" ? t.active : t.suspended}
                  <form action={setAgentStatusAction}>
                    <input type="hidden" name="portal" value={portal.slug} />
                    <input type="hidden" name="agentId" value={agent.agentId} />
                    <input type="hidden" name="status" value={agent.status === "active" ? "suspended" : "active"} />
                    <button type="submit" className={agent.status === "active" ? "danger" : undefined} aria-label={agent.status === "active" ? t.suspendLabel(agent.agentId) : t.reactivateLabel(agent.agentId)}>
                      {agent.status === "active" ? t.suspend : t.reactivate}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.tokensHeading}</h2>
      <p className="hint">{t.tokensHint}</p>
      {tokens.length === 0 ? (
        <p>{t.noTokens}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.agent}</th>
              <th scope="col">{t.issued}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">
                  <code>{token.agentId}</code>
                </th>
                <td>{when(token.createdAt)}</td>
                <td>{token.lastUsedAt ? when(token.lastUsedAt) : <span className="muted">{t.never}</span>}</td>
                <td>
                  {token.revokedAt ? (
                    <>
                      {t.revoked} <span className="muted">{when(token.revokedAt)}</span>
                    </>
                  ) : (
                    <>
                      {t.live}
                      <form action={revokeAgentTokenAction}>
                        <input type="hidden" name="portal" value={portal.slug} />
                        <input type="hidden" name="id" value={token.id} />
                        <button type="submit" className="danger" aria-label={t.revokeLabel(token.agentId, token.id)}>
                          {t.revoke}
                        </button>
                      </form>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.registerHeading}</h2>
      <form action={registerAgentAction}>
        <input type="hidden" name="portal" value={portal.slug} />
        <label htmlFor="agentId">{t.agentId}</label>
        <input id="agentId" name="agentId" required pattern="[A-Z_]+" maxLength={100} aria-describedby="agentId-hint" />
        <p id="agentId-hint" className="hint">
          {t.agentIdHint}
        </p>
        <label htmlFor="name">{t.name}</label>
        <input id="name" name="name" required maxLength={200} />
        <label htmlFor="verifyKey">{t.verifyKey}</label>
        <input id="verifyKey" name="verifyKey" required aria-describedby="verifyKey-hint" />
        <p id="verifyKey-hint" className="hint">
          {t.verifyKeyHint}
        </p>
        <label htmlFor="contact">{t.contactOptional}</label>
        <input id="contact" name="contact" maxLength={200} />
        <button type="submit">{t.register}</button>
      </form>
    </>
  );
}
