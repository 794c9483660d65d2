import type { Metadata } from "next";
import { now as clockNow } from "@/lib/clock";
import { selectReports } from "@/lib/reports/selection";
import { requireStaff } from "@/lib/staff/session";
import { byReason } from "./csv";
import { ReportChart } from "./report-chart";

export const metadata: Metadata = { title: "Annual report" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const figure = (n: number | null, suffix = "") => (n === null ? "—" : `${n}${suffix}`);

/** Per portal and calendar year: what was asked, what was done, how fast. Every member may read it. */
export default async function ReportsPage({ searchParams }: PageProps<"/staff/reports">) {
  const staff = await requireStaff();
  const q = await searchParams;
  const now = clockNow();
  const { year, portal, reports } = await selectReports(staff, { year: one(q.year), portal: one(q.portal) }, now);
  const years = Array.from({ length: 6 }, (_, i) => now.getUTCFullYear() - i);
  return (
    <>
      <h1>Annual report</h1>
      <p className="hint">
        Requests received in the calendar year (in each portal&apos;s time zone), with the status each has now. Days to respond run from receipt to the
        decision (completed or rejected); on time means decided by the due time.
      </p>
      <form className="filters" method="get" aria-label="Choose the report">
        <label>
          Year
          <select name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          Portal
          <select name="portal" defaultValue={portal}>
            <option value="">All my portals</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      <form method="post" action="/staff/reports/export">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="portal" value={portal} />
        <button type="submit">Download CSV</button>
      </form>
      {reports.map((report) => {
        const ccpa = report.layout === "ccpa-7102";
        return (
          <section key={report.portal.id} className="panel" aria-labelledby={`report-${report.portal.slug}`}>
            <h2 id={`report-${report.portal.slug}`}>
              {report.portal.name}, {report.year}
            </h2>
            {ccpa && <p className="hint">Laid out as 11 CCR §7102(a) requires of a business under the CCPA.</p>}
            <ReportChart lines={report.lines} title={`${report.portal.name}, ${report.year}`} />
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{ccpa ? "Kind of request" : "Request type"}</th>
                  <th scope="col">Received</th>
                  <th scope="col">{ccpa ? "Complied with in whole or in part" : "Completed in whole or in part"}</th>
                  <th scope="col">{ccpa ? "Denied" : "Rejected"}</th>
                  <th scope="col">Rejected by reason</th>
                  <th scope="col">Withdrawn</th>
                  <th scope="col">Still open</th>
                  <th scope="col">Median days to respond</th>
                  <th scope="col">Mean days to respond</th>
                  <th scope="col">On time</th>
                </tr>
              </thead>
              <tbody>
                {report.lines.map((line) => (
                  <tr key={line.group.key} data-line={line.group.key}>
                    <th scope="row">{line.group.label}</th>
                    <td data-col="received">{line.received}</td>
                    <td data-col="completed">{line.completed}</td>
                    <td data-col="rejected">{line.rejected}</td>
                    <td>{byReason(line.rejectedByReason) || "—"}</td>
                    <td data-col="withdrawn">{line.withdrawn}</td>
                    <td>{line.pending}</td>
                    <td data-col="median">{figure(line.medianDays)}</td>
                    <td data-col="mean">{figure(line.meanDays)}</td>
                    <td data-col="on-time">{figure(line.onTimePercent, "%")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      {reports.length === 0 && <p>You are not a member of any portal.</p>}
    </>
  );
}
