import type { DsrRequest, Portal, RetentionBasis } from "@/db/schema";
import { localDate } from "@/lib/deadlines/zone";
import { can } from "@/lib/lifecycle";
import { MAX_EXPORT_BYTES } from "@/lib/cases/limits";
import { groundsFor } from "@/lib/cases/reject";
import { messages } from "@/lib/i18n/catalogue";
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

const en = messages("en");

/** What an agent can do with the request now: the state machine decides which forms appear. */
export function CaseActions({
  request,
  portal,
  members,
  retentionBases,
  me,
  now,
}: {
  request: DsrRequest;
  portal: Portal;
  members: { userId: string; email: string | null }[];
  /** The portal's retention bases, for a deletion's checklist. */
  retentionBases: RetentionBasis[];
  me: string;
  now: Date;
}) {
  const id = <input type="hidden" name="id" value={request.id} />;
  const active = can(request.status, "reject");
  return (
    <>
      {active && (
        <form action={assignAction} className="panel inline-form">
          {id}
          <label htmlFor="assignee">Assignee</label>
          <select id="assignee" name="assignee" defaultValue={request.assigneeId ?? ""}>
            <option value="">Unassigned</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.email}
                {m.userId === me ? " (me)" : ""}
              </option>
            ))}
          </select>
          <button type="submit">Assign</button>
        </form>
      )}
      {can(request.status, "start") && (
        <form action={startAction} className="panel">
          {id}
          <button type="submit">Start work</button>
        </form>
      )}
      {can(request.status, "ask") && (
        <form action={askAction} className="panel inline-form">
          {id}
          <label htmlFor="question">Ask the requester</label>
          <textarea id="question" name="question" rows={4} required maxLength={5000} />
          <button type="submit">Send question</button>
        </form>
      )}
      {active && request.extensionNoticeBy && !request.extendedAt && (
        <form action={extendAction} className="panel inline-form">
          {id}
          <label htmlFor="reason">Extend the deadline: reason for the requester</label>
          <textarea id="reason" name="reason" rows={3} required />
          <button type="submit">Extend</button>
        </form>
      )}
      {can(request.status, "complete") && <Completion request={request} portal={portal} retentionBases={retentionBases} id={id} now={now} />}
      {active && request.type !== "appeal" && (
        <form action={rejectAction} className="panel inline-form">
          {id}
          <label htmlFor="reject-reason">Reject: reason</label>
          <select id="reject-reason" name="reason" required defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {groundsFor(request, portal).map((g) => (
              <option key={g.id} value={g.id}>
                {en.rejectionGrounds[g.id]}
                {g.article && ` (${g.article})`}
              </option>
            ))}
          </select>
          <label htmlFor="reject-message">Message to the requester</label>
          <textarea id="reject-message" name="message" rows={3} />
          <button type="submit" className="danger">
            Reject
          </button>
        </form>
      )}
      <form action={noteAction} className="panel inline-form">
        {id}
        <label htmlFor="note">Internal note</label>
        <textarea id="note" name="note" rows={3} required />
        <button type="submit">Add note</button>
      </form>
    </>
  );
}

function Completion({ request, portal, retentionBases, id, now }: { request: DsrRequest; portal: Portal; retentionBases: RetentionBasis[]; id: React.ReactNode; now: Date }) {
  if (request.type === "appeal") return <AppealDecision id={id} />;
  if (request.type === "deletion") {
    const catalogue = retentionBases.map(({ id, key, label, statute, defaultPeriodDays, anchoredTo }) => ({ id, key, label, statute, defaultPeriodDays, anchoredTo }));
    const categories = portal.dataCategories.map((name) => ({ name, bases: basesForCategory(portal.dataCategoryDetails[name], catalogue) }));
    return (
      <form action={completeDeletionAction} className="panel inline-form">
        {id}
        <h2>Complete the deletion</h2>
        <DeletionChecklist categories={categories} today={localDate(now, portal.timeZone)} />
        <button type="submit">Complete and tell the requester</button>
      </form>
    );
  }
  if (request.type === "access" || request.type === "portability") {
    return (
      // A plain multipart POST to a route handler with its own 10 MB limit (./export/route.ts).
      <form action={`/staff/requests/${request.id}/export`} method="post" encType="multipart/form-data" className="panel inline-form">
        <h2>Deliver the data</h2>
        <label htmlFor="file">Export (JSON, CSV or ZIP, up to {MAX_EXPORT_BYTES / 1024 / 1024} MB)</label>
        <input id="file" name="file" type="file" accept=".json,.csv,.zip" required />
        <button type="submit">Upload and send the download link</button>
      </form>
    );
  }
  return (
    <form action={completeOtherAction} className="panel inline-form">
      {id}
      <h2>Complete</h2>
      <label htmlFor="resolution">What was changed or stopped</label>
      <textarea id="resolution" name="resolution" rows={4} required />
      <label htmlFor="effectiveFrom">From (date)</label>
      <input id="effectiveFrom" name="effectiveFrom" type="date" />
      <button type="submit">Complete and tell the requester</button>
    </form>
  );
}

/** Va. Code §59.1-577(C): the requester is told in writing what was decided and why; a denial adds the Attorney General's contact. */
function AppealDecision({ id }: { id: React.ReactNode }) {
  return (
    <form action={decideAppealAction} className="panel inline-form">
      {id}
      <h2>Decide the appeal</h2>
      <fieldset>
        <legend>Decision</legend>
        <label className="choice">
          <input type="radio" name="outcome" value="granted" required /> Granted: the original decision changes in the requester&apos;s favour
        </label>
        <label className="choice">
          <input type="radio" name="outcome" value="denied" required /> Denied: the original decision stands
        </label>
      </fieldset>
      <label htmlFor="appeal-explanation">Written explanation for the requester</label>
      <textarea id="appeal-explanation" name="explanation" rows={5} required maxLength={5000} />
      <button type="submit">Send the decision</button>
    </form>
  );
}
