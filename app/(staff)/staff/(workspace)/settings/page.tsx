import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Settings" };

/** The portals the member administers; members who administer none have no settings to see. */
export default async function SettingsPage() {
  const staff = await requireStaff();
  const portals = staff.memberships.filter((m) => atLeast(m.role, "admin"));
  if (portals.length === 0) notFound();
  return (
    <>
      <h1>Settings</h1>
      <ul>
        {portals.map((p) => (
          <li key={p.portalId}>
            <Link href={`/staff/settings/${p.slug}`}>{p.name}</Link> (<Link href={`/staff/settings/${p.slug}/members`}>staff members</Link>)
          </li>
        ))}
      </ul>
    </>
  );
}
