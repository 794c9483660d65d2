import type { DsrRequest, Portal, RetentionBasis } from "@/db/schema";
import { localDate } from "@/lib/deadlines/zone";
import { can } from "@/lib/lifecycle";
import { MAX_EXPORT_BYTES } from "@/lib/cases/limits";
import { groundsFor } from "@/lib/cases/reject";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { basesForCategory } from "@/lib/retention/checklist";
import {
  askAction,
  assignAction,
  completeDeletionAction,
  completeOtherAction,
  decideAppealAction,
  extendAction,
  noteAction,
  rejectAction,
  startAction,
} from "./actions";
import { DeletionChecklist } from "./deletion-checklist";

/** What an agent can do with the request now: the state machine decides which forms appear. */
export function CaseActions({
  request,
  portal,
  members,
  retentionBases,
  me,
  now,
  language,
}: {
  request: DsrRequest;
  portal: Portal;
  members: { userId: string; email: string | null }[];
  /** The portal's retention bases, for a deletion's checklist. */
  retentionBases: RetentionBasis[];
  me: string;
  now: Date;
  language: Language;
}) {
  const { staffCase, rejectionGrounds } = messages(language);
  const t = staffCase.actions;
  const id = <input type="hidden" name="id" value={request.id} />;
  const active = can(request.status, "reject");
  return (
    <>
      {active && (
        <form action={assignAction} className="panel inline-form">
          {id}
          <label htmlFor="assignee">{t.assignee}</label>
          <select id="assignee" name="assignee" defaultValue={request.assigneeId ?? ""}>
            <option value="">{t.unassigned}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.email}
                {m.userId === me ? t.me : ""}
              </option>
            ))}
          </select>
          <button type="submit">{t.assign}</button>
        </form>
      )}
      {can(request.status, "start") && (
        <form action={startAction} className="panel">
          {id}
          <button type="submit">{t.start}</button>
        </form>
      )}
      {can(request.status, "ask") && (
        <form action={askAction} className="panel inline-form">
          {id}
          <label htmlFor="question">{t.ask}</label>
          <textarea id="question" name="question" rows={4} required maxLength={5000} />
          <button type="submit">{t.sendQuestion}</button>
        </form>
      )}
      {active && request.extensionNoticeBy && !request.extendedAt && (
        <form action={extendAction} className="panel inline-form">
          {id}
          <label htmlFor="reason">{t.extendReason}</label>
          <textarea id="reason" name="reason" rows={3} required />
          <button type="submit">{t.extend}</button>
        </form>
      )}
      {can(request.status, "complete") && <Completion request={request} portal={portal} retentionBases={retentionBases} id={id} now={now} words={staffCase} />}
      {active && request.type !== "appeal" && (
        <form action={rejectAction} className="panel inline-form">
          {id}
          <label htmlFor="reject-reason">{t.rejectReason}</label>
          <select id="reject-reason" name="reason" required defaultValue="">
            <option value="" disabled>
              {t.choose}
            </option>
            {groundsFor(request, portal).map((g) => (
              <option key={g.id} value={g.id}>
                {rejectionGrounds[g.id]}
                {g.article && ` (${g.article})`}
              </option>
            ))}
          </select>
          <label htmlFor="reject-message">{t.rejectMessage}</label>
          <textarea id="reject-message" name="message" rows={3} />
          <button type="submit" className="danger">
            {t.reject}
          </button>
        </form>
      )}
      <form action={noteAction} className="panel inline-form">
        {id}
        <label htmlFor="note">{t.note}</label>
        <textarea id="note" name="note" rows={3} required />
        <button type="submit">{t.addNote}</button>
      </form>
    </>
  );
}

function Completion({
  request,
  portal,
  retentionBases,
  id,
  now,
  words,
}: {
  request: DsrRequest;
  portal: Portal;
  retentionBases: RetentionBasis[];
  id: React.ReactNode;
  now: Date;
  words: Messages["staffCase"];
}) {
  const t = words.actions;
  if (request.type === "appeal") return <AppealDecision id={id} t={t} />;
  if (request.type === "deletion") {
    const c = words.checklist;
    const catalogue = retentionBases.map(({ id, key, label, statute, defaultPeriodDays, anchoredTo }) => ({
      id,
      key,
      label,
      defaultPeriodDays,
      anchoredTo,
      option: c.kept(label, statute),
      ...(anchoredTo && { anchorLabel: c.anchorDate(anchoredTo), anchorHint: c.anchorHint(defaultPeriodDays ?? 0) }),
    }));
    const categories = portal.dataCategories.map((name) => ({ name, bases: basesForCategory(portal.dataCategoryDetails[name], catalogue) }));
    const { outcome, choose, deleted, alwaysDeleted, keptUntil } = c;
    return (
      <form action={completeDeletionAction} className="panel inline-form">
        {id}
        <h2>{t.completeDeletion}</h2>
        <DeletionChecklist categories={categories} today={localDate(now, portal.timeZone)} t={{ outcome, choose, deleted, alwaysDeleted, keptUntil }} />
        <button type="submit">{t.completeAndTell}</button>
      </form>
    );
  }
  if (request.type === "access" || request.type === "portability") {
    return (
      // A plain multipart POST to a route handler with its own 10 MB limit (./export/route.ts).
      <form action={`/staff/requests/${request.id}/export`} method="post" encType="multipart/form-data" className="panel inline-form">
        <h2>{t.deliver}</h2>
        <label htmlFor="file">{t.exportFile(MAX_EXPORT_BYTES / 1024 / 1024)}</label>
        <input id="file" name="file" type="file" accept=".json,.csv,.zip" required />
        <button type="submit">{t.upload}</button>
      </form>
    );
  }
  return (
    <form action={completeOtherAction} className="panel inline-form">
      {id}
      <h2>{t.complete}</h2>
      <label htmlFor="resolution">{t.resolution}</label>
      <textarea id="resolution" name="resolution" rows={4} required />
      <label htmlFor="effectiveFrom">{t.effectiveFrom}</label>
      <input id="effectiveFrom" name="effectiveFrom" type="date" />
      <button type="submit">{t.completeAndTell}</button>
    </form>
  );
}

/** Va. Code §59.1-577(C): the requester is told in writing what was decided and why; a denial adds the Attorney General's contact. */
function AppealDecision({ id, t }: { id: React.ReactNode; t: Messages["staffCase"]["actions"] }) {
  return (
    <form action={decideAppealAction} className="panel inline-form">
      {id}
      <h2>{t.decideAppeal}</h2>
      <fieldset>
        <legend>{t.decision}</legend>
        <label className="choice">
          <input type="radio" name="outcome" value="granted" required /> {t.granted}
        </label>
        <label className="choice">
          <input type="radio" name="outcome" value="denied" required /> {t.denied}
        </label>
      </fieldset>
      <label htmlFor="appeal-explanation">{t.explanation}</label>
      <textarea id="appeal-explanation" name="explanation" rows={5} required maxLength={5000} />
      <button type="submit">{t.sendDecision}</button>
    </form>
  );
}
