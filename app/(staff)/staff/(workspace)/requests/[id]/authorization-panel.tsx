import type { DsrRequest } from "@/db/schema";
import type { RequestAgentSummary } from "@/db/queries/request-agents";
import type { Messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";
import { acceptAgentAction, declineAgentAction } from "./actions";

/** An authorized agent's request: who filed it, the signed permission (staff download only), the consumer's confirmation and staff's review. */
export function AuthorizationPanel({
  request,
  agent,
  canAct,
  done,
  t,
  language,
  zone,
}: {
  request: DsrRequest;
  agent: RequestAgentSummary;
  canAct: boolean;
  done: string | undefined;
  t: Messages["staffAgentForm"];
  language: Language;
  zone: string;
}) {
  const id = <input type="hidden" name="id" value={request.id} />;
  return (
    <section className="panel" aria-label={t.title} data-agent-review={agent.review}>
      <h2>{t.title}</h2>
      {done === "authorization-accepted" && (
        <p role="status" className="notice">
          {t.done.accepted}
        </p>
      )}
      {done === "authorization-declined" && (
        <p role="status" className="notice">
          {t.done.declined}
        </p>
      )}
      <p className="muted">{t.lead}</p>
      <dl className="facts">
        <dt>{t.agent}</dt>
        <dd>
          <bdi>{agent.name}</bdi>
        </dd>
        {agent.organisation && (
          <>
            <dt>{t.organisation}</dt>
            <dd>
              <bdi>{agent.organisation}</bdi>
            </dd>
          </>
        )}
        <dt>{t.email}</dt>
        <dd>
          <bdi>{agent.email}</bdi>
        </dd>
        <dt>{t.consumerConfirmed}</dt>
        <dd>{request.verifiedAt ? `${t.yes}, ${formatInstant(request.verifiedAt, language, zone)}` : t.notYet}</dd>
        <dt>{t.permission}</dt>
        <dd>
          {/* POST: the download is recorded in the member's name, which no GET link may do. */}
          <form method="post" action={`/staff/requests/${request.id}/agent-permission`} className="inline-form">
            <button type="submit" className="link-button">
              {t.download(agent.permissionFilename, Math.ceil(agent.permissionSize / 1024))}
            </button>
          </form>
        </dd>
        <dt>{t.review}</dt>
        <dd>
          {t.reviews[agent.review]}
          {agent.reviewedAt && ` (${t.reviewedBy(agent.reviewedBy ?? "—", formatInstant(agent.reviewedAt, language, zone))})`}
        </dd>
      </dl>
      {canAct && agent.review === "pending" && (
        <>
          <div className="inline-form">
            <form action={acceptAgentAction}>
              {id}
              <button type="submit">{t.accept}</button>
            </form>
            <form action={declineAgentAction}>
              {id}
              <button type="submit">{t.decline}</button>
            </form>
          </div>
          <p className="hint">{t.declineHint}</p>
        </>
      )}
    </section>
  );
}
