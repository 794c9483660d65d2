import type { Metadata } from "next";
import Link from "next/link";
import { ROLES } from "@/db/schema";
import { portalMembers, requireAdminPortal } from "@/lib/staff/admin-portal";
import { StaffAlerts } from "../../../staff-alerts";
import { changeRoleAction, revokeMemberAction, type MemberOutcome } from "../../members-actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Staff members" };

const OUTCOMES: Record<MemberOutcome, string> = {
  "role-changed": "Role saved.",
  revoked: "Access to this portal revoked.",
};

/** Who works on a portal, with what role; admins change roles, revoke access and invite by email. */
export default async function MembersPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/members">) {
  const { staff, portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const said = Object.entries(OUTCOMES).find(([key]) => key === done)?.[1];
  const members = await portalMembers(portal.id);
  return (
    <>
      <h1>{portal.name}: staff members</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>Settings of {portal.name}</Link>
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
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Access</th>
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
                {m.userId === staff.user.id && <span className="muted"> (you)</span>}
              </th>
              <td>
                <form action={changeRoleAction} className="filters">
                  <input type="hidden" name="portal" value={portal.slug} />
                  <input type="hidden" name="userId" value={m.userId} />
                  <label>
                    <span className="visually-hidden">Role of {m.email}</span>
                    <select name="role" defaultValue={m.role}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit">Change role</button>
                </form>
              </td>
              <td>
                <form action={revokeMemberAction}>
                  <input type="hidden" name="portal" value={portal.slug} />
                  <input type="hidden" name="userId" value={m.userId} />
                  <button type="submit" className="danger" aria-label={`Revoke access of ${m.email}`}>
                    Revoke
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Invite by email</h2>
      <p className="hint">They get an email with a link to the sign-in page; a new address becomes a staff account.</p>
      <InviteForm slug={portal.slug} roles={ROLES} />
    </>
  );
}
