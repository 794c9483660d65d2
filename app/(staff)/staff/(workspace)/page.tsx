import type { Metadata } from "next";
import Link from "next/link";
import { REQUEST_STATUSES, type RequestStatus } from "@/db/schema";
import { REQUEST_TYPES, type RequestType } from "@/lib/deadlines";
import { decodeCursor, encodeCursor, staffQueue, type QueueFilters } from "@/lib/cases/queue";
import { now as clockNow } from "@/lib/clock";
import { messages } from "@/lib/i18n/catalogue";
import { formatDay } from "@/lib/i18n/format";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { Dashboard } from "./dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staff.queue.title };
}

const PAGE_SIZE = 50;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The queue: the member's portals' open requests, most urgent first. */
export default async function QueuePage({ searchParams }: PageProps<"/staff">) {
  const staff = await requireStaff();
  const language = await staffLanguage();
  const { staff: t } = messages(language);
  const triage = messages(language).staffInbound.queue;
  const q = await searchParams;
  const now = clockNow();
  const portalSlug = one(q.portal);
  const within = Number(one(q.within));
  const filters: QueueFilters = {
    portalIds: staff.memberships.map((m) => m.portalId),
    userId: staff.user.id,
    now,
    portalId: staff.memberships.find((m) => m.slug === portalSlug)?.portalId,
    type: REQUEST_TYPES.find((t) => t === one(q.type)),
    status: REQUEST_STATUSES.find((s) => s === one(q.status) && s !== "submitted"),
    assignee: one(q.assignee) === "mine" ? "mine" : one(q.assignee) === "unassigned" ? "unassigned" : undefined,
    overdue: one(q.overdue) === "1",
    needsTriage: one(q.triage) === "1",
    dueWithinDays: Number.isInteger(within) && within > 0 ? within : undefined,
    search: one(q.q),
  };
  const { rows, next } = await staffQueue(filters, { after: decodeCursor(one(q.after)), limit: PAGE_SIZE });
  const nextQuery = next && new URLSearchParams({ ...(Object.fromEntries(Object.entries(q).map(([k, v]) => [k, one(v) ?? ""]))), after: encodeCursor(next) });

  return (
    <>
      <h1>{t.queue.heading}</h1>
      <Dashboard portalIds={filters.portalIds} now={now} language={language} />
      <form className="filters" method="get" aria-label={t.queue.filters}>
        <label>
          {t.queue.portal}
          <select name="portal" defaultValue={portalSlug ?? ""}>
            <option value="">{t.queue.allPortals}</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.queue.type}
          <select name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t.queue.any}</option>
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {t.types[type]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.queue.status}
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t.queue.openAny}</option>
            {REQUEST_STATUSES.filter((s) => s !== "submitted").map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.queue.assignee}
          <select name="assignee" defaultValue={filters.assignee ?? ""}>
            <option value="">{t.queue.anyone}</option>
            <option value="mine">{t.queue.mine}</option>
            <option value="unassigned">{t.queue.unassigned}</option>
          </select>
        </label>
        <label>
          {t.queue.dueWithin}
          <input name="within" type="number" min={1} max={365} defaultValue={filters.dueWithinDays ?? ""} />
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} /> {t.queue.overdueOnly}
          </span>
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="triage" value="1" defaultChecked={filters.needsTriage} /> {triage.filter}
          </span>
        </label>
        <label>
          {t.queue.search}
          <input name="q" type="search" defaultValue={filters.search ?? ""} />
        </label>
        <button type="submit">{t.queue.filter}</button>
      </form>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.queue.reference}</th>
            <th scope="col">{t.queue.portal}</th>
            <th scope="col">{t.queue.type}</th>
            <th scope="col">{t.queue.status}</th>
            <th scope="col">{t.queue.assignee}</th>
            <th scope="col">{t.queue.due}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const days = r.dueDate ? daysLeft(r.dueDate, now, r.timeZone) : undefined;
            return (
              <tr key={r.id}>
                <td>
                  <Link href={`/staff/requests/${r.id}`} className="reference">
                    {r.reference}
                  </Link>
                  {r.possibleDuplicate && (
                    <>
                      {" "}
                      <span className="badge" data-possible-duplicate>
                        {t.queue.possibleDuplicate}
                      </span>
                    </>
                  )}
                  {r.needsTriage && (
                    <>
                      {" "}
                      <span className="badge" data-needs-triage>
                        {triage.badge}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <bdi>{r.portalName}</bdi>
                </td>
                <td>{t.types[r.type as RequestType]}</td>
                <td>{t.statuses[r.status as RequestStatus]}</td>
                <td>
                  <bdi>{r.assignee ?? "—"}</bdi>
                </td>
                <td className={days === undefined ? "" : urgency(days)}>
                  {r.dueDate && <time dateTime={r.dueDate}>{formatDay(r.dueDate, language)}</time>} {days !== undefined && `(${describeDaysLeft(days, language)})`}
                </td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6}>{t.queue.none}</td>
            </tr>
          )}
        </tbody>
      </table>
      {nextQuery && (
        <p>
          <Link href={`/staff?${nextQuery}`}>{t.queue.next(PAGE_SIZE)}</Link>
        </p>
      )}
    </>
  );
}
