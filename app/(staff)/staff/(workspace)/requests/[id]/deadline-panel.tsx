import type { DsrRequest } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import { formatDay } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";
import { CLOSED } from "@/lib/lifecycle";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";

/**
 * The deadline and the engine's explanation of it, step by step. The steps are
 * stored in English when the deadline is computed (lib/deadlines), as the
 * record of how it was reached.
 */
export function DeadlinePanel({ request, now, language }: { request: DsrRequest; now: Date; language: Language }) {
  const t = messages(language).staffCase.deadline;
  const day = (date: string) => formatDay(date, language);
  const zone = request.deadlinePolicy?.timeZone;
  const days = request.dueDate && zone ? daysLeft(request.dueDate, now, zone) : undefined;
  return (
    <section className="panel" aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">{t.heading}</h2>
      <p>
        {t.due} <strong data-due={request.dueDate}>{request.dueDate ? day(request.dueDate) : "—"}</strong>
        {days !== undefined && !CLOSED.includes(request.status) && <span className={urgency(days)}> ({describeDaysLeft(days, language)})</span>}
        {request.deadlineProvisional && t.provisional}
      </p>
      {request.status === "awaiting_requester" && <p>{t.paused}</p>}
      {request.extensionNoticeBy && !request.extendedAt && <p>{t.extensionBy(day(request.extensionNoticeBy))}</p>}
      {request.extendedAt && <p>{t.extended(request.extensionReason ?? "")}</p>}
      {request.acknowledgeBy && <p>{t.acknowledgeBy(day(request.acknowledgeBy))}</p>}
      {request.refusalBy && !CLOSED.includes(request.status) && <p>{t.refusalBy(day(request.refusalBy))}</p>}
      <details>
        <summary>{t.why}</summary>
        <ol>
          {(request.deadlineSteps ?? []).map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
