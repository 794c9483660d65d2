import type { Metadata } from "next";
import { FORM_REQUEST_TYPES } from "@/lib/appeals/rights";
import { messages } from "@/lib/i18n/catalogue";
import { LANGUAGES } from "@/lib/i18n/languages";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../../staff-alerts";
import { recordRequestAction } from "./actions";

export const metadata: Metadata = { title: "Record a request" };

const en = messages("en");

/** Manual intake: a request that came by email, phone or post, with the time it really arrived. */
export default async function NewRequestPage({ searchParams }: PageProps<"/staff/requests/new">) {
  const staff = await requireStaff();
  const { error } = await searchParams;
  const portals = staff.memberships.filter((m) => atLeast(m.role, "agent"));
  if (portals.length === 0) return <p className="panel">Recording requests needs an agent&apos;s or admin&apos;s role on a portal.</p>;
  return (
    <>
      <h1>Record a request</h1>
      <p className="lead">For a request that arrived by email, phone or post. The deadline counts from when it was received, in the portal&apos;s time zone.</p>
      <StaffAlerts error={error} />
      <form action={recordRequestAction} className="inline-form panel">
        <label htmlFor="portal">Portal</label>
        <select id="portal" name="portal" required>
          {portals.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor="type">Request</label>
        <select id="type" name="type" required>
          {FORM_REQUEST_TYPES.map((t) => (
            <option key={t} value={t}>
              {en.requestTypes[t].label}
            </option>
          ))}
        </select>
        <label htmlFor="channel">Received by</label>
        <select id="channel" name="channel" required>
          <option value="email">Email</option>
          <option value="phone">Phone</option>
          <option value="post">Post</option>
        </select>
        <label htmlFor="receivedAt">Received at (portal&apos;s local time)</label>
        <input id="receivedAt" name="receivedAt" type="datetime-local" required />
        <label htmlFor="identityEvidence">Identity evidence</label>
        <input id="identityEvidence" name="identityEvidence" type="text" required placeholder="e.g. sent from the registered address" />
        <label htmlFor="email">Requester&apos;s email</label>
        <input id="email" name="email" type="email" required />
        <label htmlFor="name">Name</label>
        <input id="name" name="name" type="text" />
        <label htmlFor="accountId">Account</label>
        <input id="accountId" name="accountId" type="text" />
        <label htmlFor="details">Details</label>
        <textarea id="details" name="details" rows={4} />
        <label htmlFor="language">Language for emails</label>
        <select id="language" name="language">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {messages(l).common.languageName}
            </option>
          ))}
        </select>
        <button type="submit">Record and acknowledge</button>
      </form>
    </>
  );
}
