import type { Metadata } from "next";
import { now as clockNow } from "@/lib/clock";
import { messages } from "@/lib/i18n/catalogue";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { selectReports } from "@/lib/reports/selection";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { byReason } from "./csv";
import { ReportChart } from "./report-chart";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffReports.title };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Per portal and calendar year: what was asked, what was done, how fast. Every member may read it. */
export default async function ReportsPage({ searchParams }: PageProps<"/staff/reports">) {
  const staff = await requireStaff();
  const q = await searchParams;
  const now = clockNow();
  const language = await staffLanguage();
  const t = messages(language).staffReports;
  const { year, portal, reports } = await selectReports(staff, { year: one(q.year), portal: one(q.portal), language }, now);
  const count = (n: number) => formatNumber(n, language);
  const figure = (n: number | null, format = count) => (n === null ? "—" : format(n));
  const percent = (n: number) => formatPercent(n, language);
  const years = Array.from({ length: 6 }, (_, i) => now.getUTCFullYear() - i);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="hint">{t.intro}</p>
      <form className="filters" method="get" aria-label={t.choose}>
        <label>
          {t.year}
          <select name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t.portal}
          <select name="portal" defaultValue={portal}>
            <option value="">{t.allPortals}</option>
            {staff.memberships.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.show}</button>
      </form>
      <form method="post" action="/staff/reports/export">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="portal" value={portal} />
        <button type="submit">{t.download}</button>
      </form>
      {reports.map((report) => {
        const ccpa = report.layout === "ccpa-7102";
        return (
          <section key={report.portal.id} className="panel" aria-labelledby={`report-${report.portal.slug}`}>
            <h2 id={`report-${report.portal.slug}`}>
              {t.heading(report.portal.name, report.year)}
            </h2>
            {ccpa && <p className="hint">{t.ccpaNote}</p>}
            <ReportChart lines={report.lines} title={t.heading(report.portal.name, report.year)} language={language} t={t.chart} />
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{ccpa ? t.columns.ccpaType : t.columns.type}</th>
                  <th scope="col">{t.columns.received}</th>
                  <th scope="col">{ccpa ? t.columns.ccpaCompleted : t.columns.completed}</th>
                  <th scope="col">{ccpa ? t.columns.ccpaRejected : t.columns.rejected}</th>
                  <th scope="col">{t.columns.byReason}</th>
                  <th scope="col">{t.columns.withdrawn}</th>
                  <th scope="col">{t.columns.pending}</th>
                  <th scope="col">{t.columns.median}</th>
                  <th scope="col">{t.columns.mean}</th>
                  <th scope="col">{t.columns.onTime}</th>
                </tr>
              </thead>
              <tbody>
                {report.lines.map((line) => (
                  <tr key={line.group.key} data-line={line.group.key}>
                    <th scope="row">{line.group.label}</th>
                    <td data-col="received">{count(line.received)}</td>
                    <td data-col="completed">{count(line.completed)}</td>
                    <td data-col="rejected">{count(line.rejected)}</td>
                    <td>{byReason(line.rejectedByReason, report.reasons) || "—"}</td>
                    <td data-col="withdrawn">{count(line.withdrawn)}</td>
                    <td>{count(line.pending)}</td>
                    <td data-col="median">{figure(line.medianDays)}</td>
                    <td data-col="mean">{figure(line.meanDays)}</td>
                    <td data-col="on-time">{figure(line.onTimePercent, percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      {reports.length === 0 && <p>{t.noPortals}</p>}
    </>
  );
}
