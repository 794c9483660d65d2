import type { Metadata } from "next";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/catalogue";
import { loadStatus } from "@/lib/requests/status";
import { appealStatus } from "@/lib/appeals/status";
import type { AnswerError } from "@/lib/validation/answer";
import { appealAction, revokeStatusLinksAction, withdrawAction } from "../actions";
import { loadPortalPage, param, portalMetadata } from "../portal-page";
import { PortalShell } from "../shell";
import { AnswerForm } from "./answer-form";

// same-origin: the token in this URL never leaves in a Referer to other sites, while the
// page's own form POSTs keep their Origin (no-referrer sends "null", which Next refuses).
export async function generateMetadata(props: PageProps<"/p/[portal]/status">): Promise<Metadata> {
  return { ...(await portalMetadata(props, (t) => t.portal.status.title)), referrer: "same-origin" };
}

/** The notice after the answer form, from the outcome code the answer action put in the URL. */
function answerNotice(outcome: string, s: Messages["portal"]["status"]): string {
  const notices: Record<AnswerError | "sent", string> = { sent: s.answered, empty: s.answerEmpty, "too-long": s.answerTooLong, "bad-character": s.answerBadCharacter };
  return Object.hasOwn(notices, outcome) ? notices[outcome as keyof typeof notices] : s.withdrawNotAllowed;
}

/** The words for each outcome of an appeal from this page; anything else in the URL reads as "not allowed". */
const APPEAL_NOTICES = {
  lodged: (a: Messages["appeals"]) => a.status.lodged,
  empty: (a: Messages["appeals"]) => a.status.empty,
  "too-long": (a: Messages["appeals"]) => a.status.tooLong,
  "bad-character": (a: Messages["appeals"]) => a.status.badCharacter,
};

/** The requester's view of one request, behind its status link: public facts and timeline only. */
export default async function StatusPage({ params, searchParams }: PageProps<"/p/[portal]/status">) {
  const { portal: slug } = await params;
  const query = await searchParams;
  const { db, portal, now, language, t } = await loadPortalPage(slug, param(query.lang));
  const s = t.portal.status;
  const token = param(query.token) ?? "";
  const status = await loadStatus(db, { token, portalId: portal.id, now });
  const further = status && (await appealStatus(db, { portal, request: status.request, now }));
  const a = t.appeals;
  const withdraw = param(query.withdraw);
  const answer = param(query.answer);
  const appealed = param(query.appeal);
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}/status`} query={{ token }}>
      {!status ? (
        param(query.revoked) ? (
          <>
            <h1>{s.revokedTitle}</h1>
            <p className="lead">{s.revokedBody}</p>
          </>
        ) : (
          <>
            <h1>{s.invalidTitle}</h1>
            <p className="lead">{s.invalidBody}</p>
          </>
        )
      ) : (
        <>
          <h1>{s.title}</h1>
          {param(query.confirmed) && (
            <p role="status" className="notice">
              {s.confirmed}
            </p>
          )}
          {answer && (
            <p role="status" className="notice">
              {answerNotice(answer, s)}
            </p>
          )}
          {status.question && (
            <section className="panel">
              <h2>{s.question}</h2>
              <blockquote className="question" dir="auto">{status.question}</blockquote>
              <AnswerForm
                slug={slug}
                token={token}
                language={language}
                labels={{ label: s.answerLabel, submit: s.answer, errors: { empty: s.answerEmpty, "too-long": s.answerTooLong, "bad-character": s.answerBadCharacter } }}
              />
            </section>
          )}
          {appealed && (
            <p role="status" className="notice">
              {Object.hasOwn(APPEAL_NOTICES, appealed) ? APPEAL_NOTICES[appealed as keyof typeof APPEAL_NOTICES](a) : a.status.notAllowed}
            </p>
          )}
          {withdraw && (
            <p role="status" className="notice">
              {withdraw === "withdrawn" ? s.withdrawn : s.withdrawNotAllowed}
            </p>
          )}
          <dl className="facts">
            <dt>{s.reference}</dt>
            <dd className="reference">{status.request.reference}</dd>
            <dt>{s.type}</dt>
            <dd>{t.requestTypes[status.request.type].label}</dd>
            <dt>{s.status}</dt>
            <dd data-status={status.request.status}>{s.statuses[status.request.status]}</dd>
            <dt>{s.received}</dt>
            <dd>{formatInstant(status.request.receivedAt, language, portal.timeZone)}</dd>
            {status.request.dueDate && status.canWithdraw && (
              <>
                <dt>{s.dueBy}</dt>
                <dd data-due={status.request.dueDate}>{formatDay(status.request.dueDate, language)}</dd>
              </>
            )}
            {further?.appealOf && (
              <>
                <dt>{a.status.appealOf}</dt>
                <dd className="reference">{further.appealOf}</dd>
              </>
            )}
            {further?.appeal && (
              <>
                <dt>{a.status.appealedAs}</dt>
                <dd className="reference">{further.appeal}</dd>
              </>
            )}
            {further?.mergedInto && (
              <>
                <dt>{a.status.mergedInto}</dt>
                <dd className="reference">{further.mergedInto}</dd>
              </>
            )}
          </dl>
          {status.linkEndsAt && <p>{s.linkEnds(formatInstant(status.linkEndsAt, language, portal.timeZone))}</p>}
          <h2>{s.timeline}</h2>
          <ol className="timeline">
            {status.events.map((e, i) => (
              <li key={i}>
                <time dateTime={e.at.toISOString()}>{formatInstant(e.at, language, portal.timeZone)}</time> {s.events[e.type] ?? a.events[e.type] ?? e.type}
              </li>
            ))}
          </ol>
          {further?.window.state === "open" && (
            <section className="panel">
              <h2>{a.status.heading}</h2>
              <p>{a.status.body(formatDay(further.window.until, language))}</p>
              <form action={appealAction} className="inline-form">
                <input type="hidden" name="portal" value={slug} />
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="lang" value={language} />
                <label htmlFor="grounds">{a.status.groundsLabel}</label>
                <textarea id="grounds" name="grounds" rows={5} required maxLength={5000} />
                <button type="submit">{a.status.submit}</button>
              </form>
            </section>
          )}
          {further?.complaint && (
            <section className="panel" aria-labelledby="complaint-heading">
              <h2 id="complaint-heading">{a.complaint.heading}</h2>
              <p>
                {further.complaint.kind === "attorney-general" ? a.complaint.attorneyGeneral(further.complaint.authority) : a.complaint.supervisory(further.complaint.authority)}
                {further.complaint.phone && ` ${a.complaint.phone(further.complaint.phone)}`}
              </p>
              <p>
                <a href={further.complaint.url} rel="noopener noreferrer">
                  {a.complaint.link}
                </a>
              </p>
            </section>
          )}
          {status.canWithdraw && (
            <section className="withdraw">
              <h2>{s.withdrawHeading}</h2>
              <p>{s.withdrawBody}</p>
              <form action={withdrawAction}>
                <input type="hidden" name="portal" value={slug} />
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="lang" value={language} />
                <label className="choice">
                  <input type="checkbox" name="understood" required /> {s.withdrawConfirm}
                </label>
                <button type="submit" className="danger">
                  {s.withdraw}
                </button>
              </form>
            </section>
          )}
          <section className="revoke-links">
            <h2>{s.revokeHeading}</h2>
            <p>{s.revokeBody}</p>
            <form action={revokeStatusLinksAction}>
              <input type="hidden" name="portal" value={slug} />
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="lang" value={language} />
              <button type="submit">{s.revoke}</button>
            </form>
          </section>
        </>
      )}
    </PortalShell>
  );
}
