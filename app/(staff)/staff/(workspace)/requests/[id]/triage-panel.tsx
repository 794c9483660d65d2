import type { DsrRequest, Portal } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { confirmTypeAction, notARequestAction } from "./actions";

/** An emailed request waiting for triage: the classifier's suggestion, and the two decisions (agents and admins only). */
export function TriagePanel({ request, portal, suggested, language, canAct }: { request: DsrRequest; portal: Portal; suggested: boolean; language: Language; canAct: boolean }) {
  if (request.triage !== "needs_triage") return null;
  const m = messages(language);
  const t = m.staffInbound.triage;
  const id = <input type="hidden" name="id" value={request.id} />;
  return (
    <section className="panel" role="alert" aria-label={t.heading} data-triage="needs_triage">
      <h2>{t.heading}</h2>
      <p>{t.intro}</p>
      <p>{suggested ? t.suggested(m.staff.types[request.type]) : t.noSuggestion}</p>
      {canAct && (
        <div className="inline-form">
          <form action={confirmTypeAction}>
            {id}
            <label htmlFor="triage-type">{t.type}</label>
            <select id="triage-type" name="type" defaultValue={request.type}>
              {portal.requestTypes
                .filter((type) => type !== "appeal")
                .map((type) => (
                  <option key={type} value={type}>
                    {m.staff.types[type]}
                  </option>
                ))}
            </select>
            <button type="submit">{t.confirm}</button>
          </form>
          <form action={notARequestAction}>
            {id}
            <button type="submit">{t.dismiss}</button>
            <small> {t.dismissHelp}</small>
          </form>
        </div>
      )}
    </section>
  );
}
