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
import { RelatedPanel } from "./related-panel";
import { TriagePanel } from "./triage-panel";
import { AuthorizationPanel } from "./authorization-panel";

export const metadata: Metadata = { title: "Request" };

const en = messages("en");
const param = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** What an action did, by the code it returns with; an unknown code says nothing. */
const DONE = {
  assigned: "Done: assigned.",
  started: "Done: started.",
  asked: "Done: asked.",
  extended: "Done: extended.",
  rejected: "Done: rejected.",
  noted: "Done: noted.",
  completed: "Done: completed.",
  recorded: "Done: recorded.",
  triaged: en.staffInbound.done.triaged,
  dismissed: en.staffInbound.done.dismissed,
} as const;
const doneText = (code: string | undefined) => (code !== undefined && Object.hasOwn(DONE, code) ? DONE[code as keyof typeof DONE] : undefined);

/** One request: what was asked, its deadline and why, everything that happened, and what can be done next. */
export default async function RequestPage({ params, searchParams }: PageProps<"/staff/requests/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  const { request, role } = await requireRequest(staff, Number(id), "viewer");
  const now = clockNow();
  const { portal, messages: thread, notes, events, agents, retentionBases, related, inbound, authorizedAgent: agent } = await loadCasePage(request);
  const language = await staffLanguage();
  const zone = portal.timeZone;
  const done = doneText(param(query.done));
  return (
    <>
      <p>
        <Link href="/staff">← Queue</Link>
      </p>
      <h1>
        <span className="reference">{request.reference}</span> · {en.requestTypes[request.type].label}
      </h1>
      <StaffAlerts error={query.error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <RelatedPanel request={request} related={related} canAct={atLeast(role, "agent")} />
      <TriagePanel request={request} portal={portal} suggested={inbound.some((m) => m.outcome === "request" && m.suggestedType !== null)} language={language} canAct={atLeast(role, "agent")} />
      {agent && <AuthorizationPanel request={request} agent={agent} canAct={atLeast(role, "agent")} done={param(query.done)} t={messages(language).staffAgentForm} language={language} zone={zone} />}
      <div className="two-columns">
        <div>
          <dl className="facts panel">
            <dt>Portal</dt>
            <dd>
              <bdi>{portal.name}</bdi>
            </dd>
            <dt>Status</dt>
            <dd data-status={request.status}>{en.portal.status.statuses[request.status]}</dd>
            <dt>Requester</dt>
            <dd>
              <bdi>{request.name ?? "—"}</bdi> &lt;<bdi>{request.email}</bdi>&gt;
            </dd>
            {request.accountId && (
              <>
                <dt>Account</dt>
                <dd>
                  <bdi>{request.accountId}</bdi>
                </dd>
              </>
            )}
            <dt>Received</dt>
            <dd>
              {formatInstant(request.receivedAt, "en", zone)} via {request.channel}
            </dd>
            {request.identityEvidence && (
              <>
                <dt>Identity evidence</dt>
                <dd>
                  <bdi>{request.identityEvidence}</bdi>
                </dd>
              </>
            )}
            <IdentityDetails identity={request.identity} />
            <dt>Language</dt>
            <dd>{messages(request.language).common.languageName}</dd>
            {request.details && (
              <>
                <dt>Details</dt>
                <dd className="prewrap" dir="auto">
                  {request.details}
                </dd>
              </>
            )}
            {request.resolution && (
              <>
                <dt>Resolution</dt>
                <dd className="prewrap" dir="auto">
                  {request.resolution}
                </dd>
              </>
            )}
          </dl>
          <AgentPanel requestId={request.id} />
          <DeadlinePanel request={request} now={now} />
          <EmailPanel requestId={request.id} inbound={inbound} language={language} timeZone={zone} />
          <section className="panel">
            <h2>Messages with the requester</h2>
            {thread.map((m) => (
              <p key={m.id}>
                <strong>{m.from === "staff" ? "Privacy team" : "Requester"}</strong>, {formatInstant(m.at, "en", zone)}:{" "}
                <bdi className="prewrap">{m.body}</bdi>
              </p>
            ))}
          </section>
          <section className="panel">
            <h2>Internal notes</h2>
            {notes.map((n) => (
              <p key={n.id}>
                <strong>
                  <bdi>{n.author ?? "former member"}</bdi>
                </strong>
                , {formatInstant(n.at, "en", zone)}: <bdi className="prewrap">{n.body}</bdi>
              </p>
            ))}
          </section>
          <section className="panel">
            <h2>Timeline</h2>
            <ol className="timeline">
              {events.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.at.toISOString()}>{formatInstant(e.at, "en", zone)}</time> {e.type.replaceAll("_", " ")} — {e.actor}
                  {e.public ? "" : " (internal)"}
                </li>
              ))}
            </ol>
            {/* POST: the export is recorded in the member's name, which no GET link may do. */}
            <form method="post">
              Export this trail:{" "}
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
            <CaseActions request={request} portal={portal} members={agents} retentionBases={retentionBases} me={staff.user.id} now={now} />
          ) : (
            <p className="panel">Your role on this portal is {role}: you can read everything here but change nothing.</p>
          )}
        </div>
      </div>
    </>
  );
}
