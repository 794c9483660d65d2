import type { Metadata } from "next";
import Link from "next/link";
import { now as clockNow } from "@/lib/clock";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";
import { registerPage, type RetentionRow } from "@/lib/retention/register";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";
import { staffLanguage } from "@/lib/staff/language";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../staff-alerts";
import { confirmPurgeAction } from "./actions";
import { parseRegisterQuery, registerQueryString } from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffRetention.title };
}

type Words = Messages["staffRetention"];

/** Data kept after deletions, across the member's portals: what, why, until when, and whether it is gone yet. */
export default async function RetentionPage({ searchParams }: PageProps<"/staff/retention">) {
  const staff = await requireStaff();
  const params = await searchParams;
  const query = parseRegisterQuery(params);
  const portalIds = staff.memberships.map((m) => m.portalId);
  const now = clockNow();
  const { rows, basisKeys } = await registerPage({ ...query, portalIds, now });
  const back = registerQueryString(query);
  const language = await staffLanguage();
  const t = messages(language).staffRetention;
  const notices: Record<string, string> = t.notices;
  const notice = typeof params.purge === "string" && Object.hasOwn(notices, params.purge) ? notices[params.purge] : undefined;
  return (
    <>
      <h1>{t.title}</h1>
      <StaffAlerts error={params.error} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <form className="filters" method="get" aria-label={t.filter}>
        <label>
          {t.portal}
          <select name="portal" defaultValue={query.portal ?? ""}>
            <option value="">{t.allPortals}</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.basis}
          <select name="basis" defaultValue={query.basis ?? ""}>
            <option value="">{t.anyBasis}</option>
            {basisKeys.map((key) => (
              <option key={key}>{key}</option>
            ))}
          </select>
        </label>
        <label>
          {t.within}
          <input name="within" type="number" min={0} max={99999} defaultValue={query.endsWithinDays ?? ""} />
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="purged" value="1" defaultChecked={query.includePurged} /> {t.includePurged}
          </span>
        </label>
        <button type="submit">{t.apply}</button>
        {/* POST, with the filters applied above: the download is recorded in the member's name, which no GET link may do. */}
        <button type="submit" className="link-button" formMethod="post" formAction={`/staff/retention/export?${back}`}>
          {t.export}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t.columns.reference}</th>
              <th>{t.columns.portal}</th>
              <th>{t.columns.category}</th>
              <th>{t.columns.basis}</th>
              <th>{t.columns.keptUntil}</th>
              <th>{t.columns.daysLeft}</th>
              <th>{t.columns.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <RegisterRow key={row.id} row={row} now={now} back={back} canPurge={atLeast(staff.roleOn(row.portalId), "agent")} language={language} t={t} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function RegisterRow({ row, now, back, canPurge, language, t }: { row: RetentionRow; now: Date; back: string; canPurge: boolean; language: Language; t: Words }) {
  const days = row.keepUntil && !row.purgedAt ? daysLeft(row.keepUntil, now, row.timeZone) : undefined;
  return (
    <tr>
      <td>
        <Link href={`/staff/requests/${row.requestId}`} className="reference">
          {row.reference}
        </Link>
      </td>
      <td>
        <bdi>{row.portalName}</bdi>
      </td>
      <td>
        <bdi>{row.category}</bdi>
      </td>
      <td>
        <bdi>{row.basisLabel ?? "—"}</bdi>
        {row.statute && (
          <div className="muted" dir="auto">
            {row.statute}
          </div>
        )}
      </td>
      <td>{row.keepUntil ? <time dateTime={row.keepUntil}>{formatDay(row.keepUntil, language)}</time> : t.noEndDate}</td>
      <td className={days === undefined ? undefined : urgency(days)}>{days === undefined ? "—" : describeDaysLeft(days, language)}</td>
      <td>
        {row.purgedAt ? (
          <>
            {t.purgedBy.before}
            <bdi>{row.purgedBy ?? t.formerMember}</bdi>
            {t.purgedBy.after(formatInstant(row.purgedAt, language, row.timeZone))}
          </>
        ) : (
          t.kept
        )}
      </td>
      <td>
        {canPurge && !row.purgedAt && (
          <form action={confirmPurgeAction}>
            <input type="hidden" name="id" value={row.id} />
            <input type="hidden" name="back" value={back} />
            <button type="submit">{t.confirmPurge}</button>
          </form>
        )}
      </td>
    </tr>
  );
}
