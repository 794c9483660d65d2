import Link from "next/link";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { signOutAction, signOutEverywhereAction } from "./sign-out-actions";

/** The staff workspace frame: who is signed in, where to go, how to leave. Pages check roles themselves. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const isAdmin = staff.memberships.some((m) => m.role === "admin");
  return (
    <div className="staff">
      <header className="staff-header">
        <Link href="/staff" className="portal-name">
          Rightsdesk
        </Link>
        <nav aria-label="Workspace" className="staff-nav">
          <Link href="/staff">Queue</Link>
          <Link href="/staff/requests/new">Record a request</Link>
          <Link href="/staff/retention">Retention register</Link>
          <Link href="/staff/reports">Reports</Link>
          <Link href="/staff/calendar">{messages(await staffLanguage()).staffCalendar.nav}</Link>
          {isAdmin && <Link href="/staff/outbox">Outbox</Link>}
          {isAdmin && <Link href="/staff/settings">Settings</Link>}
        </nav>
        <div className="staff-user">
          <span>{staff.user.email}</span>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="link-button">
              Sign out everywhere
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="staff-main">
        {children}
      </main>
    </div>
  );
}
