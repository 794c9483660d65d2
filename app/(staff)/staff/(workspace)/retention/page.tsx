import type { Metadata } from "next";
import Link from "next/link";
import { now as clockNow } from "@/lib/clock";
import { formatInstant } from "@/lib/i18n/format";
import { registerPage, type RetentionRow } from "@/lib/retention/register";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../staff-alerts";
import { confirmPurgeAction } from "./actions";
import { parseRegisterQuery, registerQueryString } from "./filters";

export const metadata: Metadata = { title: "Retention register" };

const NOTICES: Record<string, string> = {
  confirmed: "Purge confirmed and recorded in the audit log.",
  already: "That purge had already been confirmed; nothing changed.",
};

/** Data kept after deletions, across the member's portals: what, why, until when, and whether it is gone yet. */
export default async function RetentionPage({ searchParams }: PageProps<"/staff/retention">) {
  const staff = await requireStaff();
  const params = await searchParams;
  const query = parseRegisterQuery(params);
  const portalIds = staff.memberships.map((m) => m.portalId);
  const now = clockNow();
  const { rows, basisKeys } = await registerPage({ ...query, portalIds, now });
  const back = registerQueryString(query);
  const notice = typeof params.purge === "string" && Object.hasOwn(NOTICES, params.purge) ? NOTICES[params.purge] : undefined;
  return (
    <>
      <h1>Retention register</h1>
      <StaffAlerts error={params.error} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <form className="filters" method="get" aria-label="Filter the register">
        <label>
          Portal
          <select name="portal" defaultValue={query.portal ?? ""}>
            <option value="">all portals</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Legal basis
          <select name="basis" defaultValue={query.basis ?? ""}>
            <option value="">any basis</option>
            {basisKeys.map((key) => (
              <option key={key}>{key}</option>
            ))}
          </select>
        </label>
        <label>
          Ends within (days)
          <input name="within" type="number" min={0} max={99999} defaultValue={query.endsWithinDays ?? ""} />
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="purged" value="1" defaultChecked={query.includePurged} /> Include purged
          </span>
        </label>
        <button type="submit">Filter</button>
        {/* POST, with the filters applied above: the download is recorded in the member's name, which no GET link may do. */}
        <button type="submit" className="link-button" formMethod="post" formAction={`/staff/retention/export?${back}`}>
          Export CSV
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">Nothing kept matches these filters.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Reference</th>
              <th>Portal</th>
              <th>Category</th>
              <th>Legal basis</th>
              <th>Kept until</th>
              <th>Days left</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <RegisterRow key={row.id} row={row} now={now} back={back} canPurge={atLeast(staff.roleOn(row.portalId), "agent")} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function RegisterRow({ row, now, back, canPurge }: { row: RetentionRow; now: Date; back: string; canPurge: boolean }) {
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
      <td>{row.keepUntil ? <time dateTime={row.keepUntil}>{row.keepUntil}</time> : "no end date"}</td>
      <td className={days === undefined ? undefined : urgency(days)}>{days === undefined ? "—" : describeDaysLeft(days, "en")}</td>
      <td>
        {row.purgedAt ? (
          <>
            purged by <bdi>{row.purgedBy ?? "a former member"}</bdi>, {formatInstant(row.purgedAt, "en", row.timeZone)}
          </>
        ) : (
          "kept"
        )}
      </td>
      <td>
        {canPurge && !row.purgedAt && (
          <form action={confirmPurgeAction}>
            <input type="hidden" name="id" value={row.id} />
            <input type="hidden" name="back" value={back} />
            <button type="submit">Confirm purge</button>
          </form>
        )}
      </td>
    </tr>
  );
}
