import type { loadCasePage } from "@/lib/cases/case-page";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";

type Inbound = Awaited<ReturnType<typeof loadCasePage>>["inbound"];

/** The emails an emailed request came with or was answered by: sender, subject, how the sender was proved, the attachments kept. */
export function EmailPanel({ requestId, inbound, language, timeZone }: { requestId: number; inbound: Inbound; language: Language; timeZone: string }) {
  if (inbound.length === 0) return null;
  const t = messages(language).staffInbound.email;
  return (
    <section className="panel" aria-label={t.heading}>
      <h2>{t.heading}</h2>
      {inbound.map((m) => (
        <div key={m.id} data-inbound-message={m.outcome}>
          <dl className="facts">
            <dt>{t.from}</dt>
            <dd>
              <bdi>{m.fromAddress ?? "—"}</bdi>
            </dd>
            <dt>{t.subject}</dt>
            <dd dir="auto">{m.subject ?? "—"}</dd>
            <dt>{t.arrived}</dt>
            <dd>
              {formatInstant(m.receivedAt, language, timeZone)} · {t.outcome[m.outcome]}
            </dd>
          </dl>
          {m.auth && (
            <p>
              {m.auth.proved && m.auth.domain ? t.proved(m.auth.domain) : t.notProved} <small>({t.checks(m.auth.spf, m.auth.dkim, m.auth.dmarc)})</small>
            </p>
          )}
          {m.attachments.length > 0 && (
            <>
              <h3>{t.attachments}</h3>
              <ul>
                {m.attachments.map((a) => (
                  <li key={a.id}>
                    {/* POST: the download is recorded in the member's name, which no GET link may do. */}
                    <form method="post" action={`/staff/requests/${requestId}/attachments/${a.id}`} className="inline-form">
                      <bdi>{a.filename}</bdi> ({t.size((a.size / 1024).toFixed(1))}) <button type="submit" className="link-button">{t.download}</button>
                    </form>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
