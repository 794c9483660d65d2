import type { Metadata } from "next";
import Link from "next/link";
import { loadCasePage } from "@/lib/cases/case-page";
import { now as clockNow } from "@/lib/clock";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { staffLanguage } from "@/lib/staff/language";
import { atLeast } from "@/lib/staff/roles";
import { requireRequest, requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../../staff-alerts";
import { AgentPanel } from "./agent-panel";
import { CaseActions } from "./case-actions";
import { DeadlinePanel } from "./deadline-panel";
import { EmailPanel } from "./email-panel";
import { IdentityDetails } from "./identity-details";
import { IdentityGapsPanel } from "./identity-gaps-panel";
import { RelatedPanel } from "./related-panel";
import { TriagePanel } from "./triage-panel";
import { AuthorizationPanel } from "./authorization-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffCase.title };
}

const param = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** What an action did, by the code it returns with, in the catalogue's words; an unknown code says nothing. */
function doneText(done: Record<string, string>, code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(done, code) ? done[code] : undefined;
}

/** One request: what was asked, its deadline and why, everything that happened, and what can be done next. */
export default async function RequestPage({ params, searchParams }: PageProps<"/staff/requests/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  const { request, role } = await requireRequest(staff, Number(id), "viewer");
  const language = await staffLanguage();
  const { staff: words, staffCase: t } = messages(language);
  const at = (instant: Date) => formatInstant(instant, language, zone);
  const now = clockNow();
  const { portal, messages: thread, notes, events, agents, retentionBases, related, inbound, authorizedAgent: agent } = await loadCasePage(request);
  const zone = portal.timeZone;
  const done = doneText({ ...t.done, ...messages(language).staffInbound.done, "identity-recorded": messages(language).staffIdentity.missing.recorded }, param(query.done));
  return (
    <>
      <p>
        <Link href="/staff">{t.back}</Link>
      </p>
      <h1>
        <span className="reference">{request.reference}</span> · {words.types[request.type]}
      </h1>
      <StaffAlerts error={query.error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <RelatedPanel request={request} related={related} canAct={atLeast(role, "agent")} language={language} />
      <IdentityGapsPanel request={request} portal={portal} canAct={atLeast(role, "agent")} language={language} />
      <TriagePanel request={request} portal={portal} suggested={inbound.some((m) => m.outcome === "request" && m.suggestedType !== null)} language={language} canAct={atLeast(role, "agent")} />
      {agent && <AuthorizationPanel request={request} agent={agent} canAct={atLeast(role, "agent")} done={param(query.done)} t={messages(language).staffAgentForm} language={language} zone={zone} />}
      <div className="two-columns">
        <div>
          <dl className="facts panel">
            <dt>{t.facts.portal}</dt>
            <dd>
              <bdi>{portal.name}</bdi>
            </dd>
            <dt>{t.facts.status}</dt>
            <dd data-status={request.status}>{words.statuses[request.status]}</dd>
            <dt>{t.facts.requester}</dt>
            <dd>
              <bdi>{request.name ?? "—"}</bdi> &lt;<bdi>{request.email}</bdi>&gt;
            </dd>
            {request.accountId && (
              <>
                <dt>{t.facts.account}</dt>
                <dd>
                  <bdi>{request.accountId}</bdi>
                </dd>
              </>
            )}
            <dt>{t.facts.received}</dt>
            <dd>{t.facts.via(at(request.receivedAt), words.channels[request.channel])}</dd>
            {request.identityEvidence && (
              <>
                <dt>{t.facts.identityEvidence}</dt>
                <dd>
                  <bdi>{request.identityEvidence}</bdi>
                </dd>
              </>
            )}
            <IdentityDetails identity={request.identity} labels={t.identity} />
            <dt>{t.facts.language}</dt>
            <dd>{messages(request.language).common.languageName}</dd>
            {request.details && (
              <>
                <dt>{t.facts.details}</dt>
                <dd className="prewrap" dir="auto">
                  {request.details}
                </dd>
              </>
            )}
            {request.resolution && (
              <>
                <dt>{t.facts.resolution}</dt>
                <dd className="prewrap" dir="auto">
                  {request.resolution}
                </dd>
              </>
            )}
          </dl>
          <AgentPanel requestId={request.id} />
          <DeadlinePanel request={request} now={now} language={language} />
          <EmailPanel requestId={request.id} inbound={inbound} language={language} timeZone={zone} />
          <section className="panel">
            <h2>{t.thread.heading}</h2>
            {thread.map((m) => (
              <p key={m.id}>
                <strong>{m.from === "staff" ? t.thread.team : t.thread.requester}</strong>, {at(m.at)}:{" "}
                <bdi className="prewrap">{m.body}</bdi>
              </p>
            ))}
          </section>
          <section className="panel">
            <h2>{t.notes.heading}</h2>
            {notes.map((n) => (
              <p key={n.id}>
                <strong>
                  <bdi>{n.author ?? t.notes.formerMember}</bdi>
                </strong>
                , {at(n.at)}: <bdi className="prewrap">{n.body}</bdi>
              </p>
            ))}
          </section>
          <section className="panel">
            <h2>{t.timeline.heading}</h2>
            <ol className="timeline">
              {events.map((e) => (
                <li key={e.id} data-event={e.type}>
                  <time dateTime={e.at.toISOString()}>{at(e.at)}</time> {t.timeline.events[e.type] ?? e.type} — <bdi>{e.actor}</bdi>
                  {e.public ? "" : ` ${t.timeline.internal}`}
                </li>
              ))}
            </ol>
            {/* POST: the export is recorded in the member's name, which no GET link may do. */}
            <form method="post">
              {t.timeline.exportTrail}{" "}
              <button type="submit" className="link-button" formAction={`/staff/requests/${request.id}/audit?format=csv`}>
                CSV
              </button>{" "}
              ·{" "}
              <button type="submit" className="link-button" formAction={`/staff/requests/${request.id}/audit?format=json`}>
                JSON
              </button>
            </form>
          </section>
        </div>
        <div>
          {atLeast(role, "agent") ? (
            <CaseActions request={request} portal={portal} members={agents} retentionBases={retentionBases} me={staff.user.id} now={now} language={language} />
          ) : (
            <p className="panel">{t.viewerOnly(words.roles[role])}</p>
          )}
        </div>
      </div>
    </>
  );
}
