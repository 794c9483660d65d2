import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant, formatNumber } from "@/lib/i18n/format";
import { failedMessagesOf } from "@/lib/mail/failed-messages";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../staff-alerts";
import { resendAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffOutbox.title };
}

/** Emails the sender gave up on, with the SMTP error, for admins to fix and resend. */
export default async function OutboxPage({ searchParams }: PageProps<"/staff/outbox">) {
  const staff = await requireStaff();
  const adminOf = staff.memberships.filter((m) => m.role === "admin").map((m) => m.portalId);
  if (adminOf.length === 0) notFound();
  const { resent, error } = await searchParams;
  const failed = await failedMessagesOf(adminOf);
  const language = await staffLanguage();
  const t = messages(language).staffOutbox;
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      {typeof resent === "string" && /^\d+$/.test(resent) && (
        <p role="status" className="notice">
          {t.resent(resent)}
        </p>
      )}
      <StaffAlerts error={error} />
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.queued}</th>
            <th scope="col">{t.to}</th>
            <th scope="col">{t.subject}</th>
            <th scope="col">{t.request}</th>
            <th scope="col">{t.attempts}</th>
            <th scope="col">{t.lastError}</th>
            <th scope="col">
              <span className="visually-hidden">{t.resend}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {failed.map((m) => (
            <tr key={m.id}>
              <td>{t.utc(formatInstant(m.createdAt, language, "UTC"))}</td>
              <td>
                <bdi>{m.to}</bdi>
              </td>
              <td>
                <bdi>{m.subject}</bdi>
              </td>
              <td>{m.requestId ? <Link href={`/staff/requests/${m.requestId}`}>{m.reference}</Link> : t.staffEmail}</td>
              <td>{formatNumber(m.attempts, language)}</td>
              {/* The mail server's own words, isolated from the cells beside them like the requester's text. */}
              <td className="prewrap" dir="auto">
                {m.lastError}
              </td>
              <td>
                <form action={resendAction}>
                  <input type="hidden" name="id" value={m.id} />
                  <button type="submit">{t.resend}</button>
                </form>
              </td>
            </tr>
          ))}
          {failed.length === 0 && (
            <tr>
              <td colSpan={7}>{t.none}</td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
