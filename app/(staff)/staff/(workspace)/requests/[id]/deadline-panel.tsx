import type { DsrRequest } from "@/db/schema";
import { CLOSED } from "@/lib/lifecycle";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";

/** The deadline and the engine's explanation of it, step by step. */
export function DeadlinePanel({ request, now }: { request: DsrRequest; now: Date }) {
  const zone = request.deadlinePolicy?.timeZone;
  const days = request.dueDate && zone ? daysLeft(request.dueDate, now, zone) : undefined;
  return (
    <section className="panel" aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">Deadline</h2>
      <p>
        Due <strong data-due={request.dueDate}>{request.dueDate ?? "—"}</strong>
        {days !== undefined && !CLOSED.includes(request.status) && <span className={urgency(days)}> ({describeDaysLeft(days)})</span>}
        {request.deadlineProvisional && " · provisional: a working-day calendar without official data was used"}
      </p>
      {request.status === "awaiting_requester" && <p>Waiting for the requester; where the regime allows, the clock is paused until they answer.</p>}
      {request.extensionNoticeBy && !request.extendedAt && <p>An extension must be announced by {request.extensionNoticeBy}.</p>}
      {request.extendedAt && <p>Extended: {request.extensionReason}</p>}
      {request.acknowledgeBy && <p>Receipt to be confirmed by {request.acknowledgeBy}.</p>}
      {request.refusalBy && !CLOSED.includes(request.status) && <p>A refusal must be sent in writing, with its reasons, by {request.refusalBy}.</p>}
      <details>
        <summary>Why this date</summary>
        <ol>
          {(request.deadlineSteps ?? []).map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
