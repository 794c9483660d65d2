import type { Metadata } from "next";
import Link from "next/link";
import { REQUEST_STATUSES, type RequestStatus } from "@/db/schema";
import { REQUEST_TYPES, type RequestType } from "@/lib/deadlines";
import { decodeCursor, encodeCursor, staffQueue, type QueueFilters } from "@/lib/cases/queue";
import { now as clockNow } from "@/lib/clock";
import { messages } from "@/lib/i18n/catalogue";
import { daysLeft, describeDaysLeft, urgency } from "@/lib/staff/days-left";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { Dashboard } from "./dashboard";

export const metadata: Metadata = { title: "Queue" };

const PAGE_SIZE = 50;
const en = messages("en");
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The queue: the member's portals' open requests, most urgent first. */
export default async function QueuePage({ searchParams }: PageProps<"/staff">) {
  const staff = await requireStaff();
  const t = messages(await staffLanguage()).staffInbound.queue;
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
      <h1>Requests</h1>
      <Dashboard portalIds={filters.portalIds} now={now} />
      <form className="filters" method="get" aria-label="Filter the queue">
        <label>
          Portal
          <select name="portal" defaultValue={portalSlug ?? ""}>
            <option value="">All my portals</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any</option>
            {REQUEST_TYPES.map((t) => (
              <option key={t} value={t}>
                {en.requestTypes[t].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">Open (any)</option>
            {REQUEST_STATUSES.filter((s) => s !== "submitted").map((s) => (
              <option key={s} value={s}>
                {en.portal.status.statuses[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select name="assignee" defaultValue={filters.assignee ?? ""}>
            <option value="">Anyone</option>
            <option value="mine">Mine</option>
            <option value="unassigned">Unassigned</option>
          </select>
        </label>
        <label>
          Due within (days)
          <input name="within" type="number" min={1} max={365} defaultValue={filters.dueWithinDays ?? ""} />
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} /> Overdue only
          </span>
        </label>
        <label className="choice-inline">
          <span>
            <input type="checkbox" name="triage" value="1" defaultChecked={filters.needsTriage} /> {t.filter}
          </span>
        </label>
        <label>
          Reference or email
          <input name="q" type="search" defaultValue={filters.search ?? ""} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Portal</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">Due</th>
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
                        possible duplicate
                      </span>
                    </>
                  )}
                  {r.needsTriage && (
                    <>
                      {" "}
                      <span className="badge" data-needs-triage>
                        {t.badge}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <bdi>{r.portalName}</bdi>
                </td>
                <td>{en.requestTypes[r.type as RequestType].label}</td>
                <td>{en.portal.status.statuses[r.status as RequestStatus]}</td>
                <td>
                  <bdi>{r.assignee ?? "—"}</bdi>
                </td>
                <td className={days === undefined ? "" : urgency(days)}>
                  {r.dueDate} {days !== undefined && `(${describeDaysLeft(days)})`}
                </td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6}>No requests match.</td>
            </tr>
          )}
        </tbody>
      </table>
      {nextQuery && (
        <p>
          <Link href={`/staff?${nextQuery}`}>Next {PAGE_SIZE} →</Link>
        </p>
      )}
    </>
  );
}
