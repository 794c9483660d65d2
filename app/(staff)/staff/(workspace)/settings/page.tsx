import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.index.title };
}

/** The portals the member administers; members who administer none have no settings to see. */
export default async function SettingsPage() {
  const staff = await requireStaff();
  const portals = staff.memberships.filter((m) => atLeast(m.role, "admin"));
  if (portals.length === 0) notFound();
  const t = messages(await staffLanguage()).staffSettings.index;
  return (
    <>
      <h1>{t.title}</h1>
      <ul>
        {portals.map((p) => (
          <li key={p.portalId}>
            <Link href={`/staff/settings/${p.slug}`}>{p.name}</Link> (<Link href={`/staff/settings/${p.slug}/members`}>{t.members}</Link>)
          </li>
        ))}
      </ul>
    </>
  );
}
