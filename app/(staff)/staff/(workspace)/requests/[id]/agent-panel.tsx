import { drpCaseDetails } from "@/lib/drp/case-panel";
import { messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";

/** An address claim (OpenID Connect §5.1.1) on one line: its formatted form, else its parts. */
function addressText(address: unknown): string {
  if (typeof address === "string") return address;
  if (!address || typeof address !== "object") return "";
  const parts = address as Record<string, unknown>;
  if (typeof parts.formatted === "string") return parts.formatted;
  return ["street_address", "locality", "region", "postal_code", "country"].map((k) => parts[k]).filter((v): v is string => typeof v === "string").join(", ");
}

/**
 * For a request an authorized agent filed over DRP: which agent, the action
 * and regime it sent, and the identity claims it carried, shown here only
 * (like the identity details the law requires) and erased with the request.
 */
export async function AgentPanel({ requestId }: { requestId: number }) {
  const details = await drpCaseDetails(requestId);
  if (!details) return null;
  const t = messages(await staffLanguage()).staffAgents.request;
  const { claims } = details;
  return (
    <section className="panel" aria-labelledby="agent-panel">
      <h2 id="agent-panel">{t.heading}</h2>
      <dl className="facts">
        <dt>{t.agent}</dt>
        <dd>
          <bdi>{details.agentName}</bdi> (<code>{details.agentId}</code>)
        </dd>
        <dt>{t.exercise}</dt>
        <dd>
          <code>{details.exercise}</code>
        </dd>
        <dt>{t.regime}</dt>
        <dd>{details.regime ? <code>{details.regime}</code> : t.noRegime}</dd>
        <dt>{t.drpRequestId}</dt>
        <dd>
          <code>{details.drpRequestId}</code>
        </dd>
        {details.agentRequestId && (
          <>
            <dt>{t.agentRequestId}</dt>
            <dd>
              <bdi>{details.agentRequestId}</bdi>
            </dd>
          </>
        )}
        {details.statusCallback && (
          <>
            <dt>{t.statusCallback}</dt>
            <dd>
              <code>{details.statusCallback}</code>
            </dd>
          </>
        )}
        <dt>{t.claims}</dt>
        <dd>
          {claims ? (
            <dl>
              {claims.name && (
                <>
                  <dt>{t.claimName}</dt>
                  <dd>
                    <bdi>{claims.name}</bdi>
                  </dd>
                </>
              )}
              {claims.email && (
                <>
                  <dt>{t.claimEmail}</dt>
                  <dd>
                    <bdi>{claims.email}</bdi> — {claims.email_verified ? t.emailVerified : t.emailNotVerified}
                  </dd>
                </>
              )}
              {claims.phone_number && (
                <>
                  <dt>{t.phone}</dt>
                  <dd>
                    <bdi>{claims.phone_number}</bdi>
                  </dd>
                </>
              )}
              {claims.address !== undefined && (
                <>
                  <dt>{t.address}</dt>
                  <dd>
                    <bdi>{addressText(claims.address)}</bdi>
                  </dd>
                </>
              )}
              {claims.power_of_attorney && (
                <>
                  <dt>{t.powerOfAttorney}</dt>
                  <dd>
                    <bdi>{claims.power_of_attorney}</bdi>
                  </dd>
                </>
              )}
            </dl>
          ) : (
            t.claimsErased
          )}
        </dd>
      </dl>
    </section>
  );
}
