import type { Metadata } from "next";
import Link from "next/link";
import { ROLES } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import { portalMembers, requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { StaffAlerts } from "../../../staff-alerts";
import { changeRoleAction, revokeMemberAction, type MemberOutcome } from "../../members-actions";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.members.title };
}

/** Who works on a portal, with what role; admins change roles, revoke access and invite by email. */
export default async function MembersPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/members">) {
  const { staff, portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const { staffSettings } = messages(await staffLanguage());
  const t = staffSettings.members;
  const outcomes: Record<MemberOutcome, string> = t.outcomes;
  const said = Object.entries(outcomes).find(([key]) => key === done)?.[1];
  const roles = ROLES.map((role) => ({ value: role, label: staffSettings.roles[role] }));
  const members = await portalMembers(portal.id);
  return (
    <>
      <h1>{t.heading(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>{staffSettings.portal.back(portal.name)}</Link>
      </p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.member}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.access}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">
                <bdi>{m.email}</bdi>
                {m.name && (
                  <span className="muted">
                    {" "}
                    (<bdi>{m.name}</bdi>)
                  </span>
                )}
                {m.userId === staff.user.id && <span className="muted"> {t.you}</span>}
              </th>
              <td>
                <form action={changeRoleAction} className="filters">
                  <input type="hidden" name="portal" value={portal.slug} />
                  <input type="hidden" name="userId" value={m.userId} />
                  <label>
                    <span className="visually-hidden">{t.roleOf(m.email ?? "")}</span>
                    <select name="role" defaultValue={m.role}>
                      {roles.map((role) => (
                        <option key={role.value} value={role.value}>
                          {role.label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit">{t.changeRole}</button>
                </form>
              </td>
              <td>
                <form action={revokeMemberAction}>
                  <input type="hidden" name="portal" value={portal.slug} />
                  <input type="hidden" name="userId" value={m.userId} />
                  <button type="submit" className="danger" aria-label={t.revokeOf(m.email ?? "")}>
                    {t.revoke}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t.inviteHeading}</h2>
      <p className="hint">{t.inviteHint}</p>
      <InviteForm slug={portal.slug} roles={roles} labels={staffSettings.invite} />
    </>
  );
}
