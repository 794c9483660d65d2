import type { Metadata } from "next";
import { FORM_REQUEST_TYPES } from "@/lib/appeals/rights";
import { messages } from "@/lib/i18n/catalogue";
import { LANGUAGES } from "@/lib/i18n/languages";
import { staffLanguage } from "@/lib/staff/language";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../../staff-alerts";
import { recordRequestAction } from "./actions";
import { IdentityFields, identityLegends } from "./identity-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffCase.intake.title };
}

/** Manual intake: a request that came by email, phone or post, with the time it really arrived. */
export default async function NewRequestPage({ searchParams }: PageProps<"/staff/requests/new">) {
  const staff = await requireStaff();
  const { error } = await searchParams;
  const { staff: words, staffCase, staffIdentity } = messages(await staffLanguage());
  const t = staffCase.intake;
  const portals = staff.memberships.filter((m) => atLeast(m.role, "agent"));
  if (portals.length === 0) return <p className="panel">{t.needsAgent}</p>;
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <StaffAlerts error={error} />
      <form action={recordRequestAction} className="inline-form panel">
        <label htmlFor="portal">{t.portal}</label>
        <select id="portal" name="portal" required>
          {portals.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor="type">{t.type}</label>
        <select id="type" name="type" required>
          {FORM_REQUEST_TYPES.map((type) => (
            <option key={type} value={type}>
              {words.types[type]}
            </option>
          ))}
        </select>
        <label htmlFor="channel">{t.channel}</label>
        <select id="channel" name="channel" required>
          <option value="email">{t.channels.email}</option>
          <option value="phone">{t.channels.phone}</option>
          <option value="post">{t.channels.post}</option>
        </select>
        <label htmlFor="receivedAt">{t.receivedAt}</label>
        <input id="receivedAt" name="receivedAt" type="datetime-local" required />
        <label htmlFor="identityEvidence">{t.identityEvidence}</label>
        <input id="identityEvidence" name="identityEvidence" type="text" required placeholder={t.identityEvidenceExample} />
        <label htmlFor="email">{t.email}</label>
        <input id="email" name="email" type="email" required />
        <label htmlFor="name">{t.name}</label>
        <input id="name" name="name" type="text" />
        <label htmlFor="accountId">{t.account}</label>
        <input id="accountId" name="accountId" type="text" />
        <label htmlFor="details">{t.details}</label>
        <textarea id="details" name="details" rows={4} />
        <IdentityFields legends={identityLegends(portals, staffIdentity.intake)} t={staffIdentity.intake} />
        <label htmlFor="language">{t.language}</label>
        <select id="language" name="language">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {messages(l).common.languageName}
            </option>
          ))}
        </select>
        <button type="submit">{t.submit}</button>
      </form>
    </>
  );
}
