import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { failedMessagesOf } from "@/lib/mail/failed-messages";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../staff-alerts";
import { resendAction } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

/** Emails the sender gave up on, with the SMTP error, for admins to fix and resend. */
export default async function OutboxPage({ searchParams }: PageProps<"/staff/outbox">) {
  const staff = await requireStaff();
  const adminOf = staff.memberships.filter((m) => m.role === "admin").map((m) => m.portalId);
  if (adminOf.length === 0) notFound();
  const { resent, error } = await searchParams;
  const failed = await failedMessagesOf(adminOf);
  return (
    <>
      <h1>Outbox: failed messages</h1>
      <p className="lead">The sender retries with growing pauses and gives up after the configured number of attempts. Fix the cause (the address, the SMTP server), then resend.</p>
      {typeof resent === "string" && /^\d+$/.test(resent) && (
        <p role="status" className="notice">
          Message {resent} is queued again.
        </p>
      )}
      <StaffAlerts error={error} />
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Queued</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Request</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
            <th scope="col">
              <span className="visually-hidden">Resend</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {failed.map((m) => (
            <tr key={m.id}>
              <td>{m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              <td>{m.to}</td>
              <td>{m.subject}</td>
              <td>{m.requestId ? <Link href={`/staff/requests/${m.requestId}`}>{m.reference}</Link> : "staff email"}</td>
              <td>{m.attempts}</td>
              <td className="prewrap">{m.lastError}</td>
              <td>
                <form action={resendAction}>
                  <input type="hidden" name="id" value={m.id} />
                  <button type="submit">Resend</button>
                </form>
              </td>
            </tr>
          ))}
          {failed.length === 0 && (
            <tr>
              <td colSpan={7}>No failed messages.</td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
