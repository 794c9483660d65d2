import Link from "next/link";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/catalogue";
import { LANGUAGES } from "@/lib/i18n/languages";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { chooseLanguageAction } from "./language-actions";
import { signOutAction, signOutEverywhereAction } from "./sign-out-actions";

/** The staff workspace frame: who is signed in, where to go, their language, how to leave. Pages check roles themselves. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const language = await staffLanguage();
  const t = messages(language).staff;
  const isAdmin = staff.memberships.some((m) => m.role === "admin");
  return (
    <div className="staff">
      <header className="staff-header">
        <Link href="/staff" className="portal-name">
          {t.product}
        </Link>
        <nav aria-label={t.nav.label} className="staff-nav">
          <Link href="/staff">{t.nav.queue}</Link>
          <Link href="/staff/requests/new">{t.nav.record}</Link>
          <Link href="/staff/retention">{t.nav.retention}</Link>
          <Link href="/staff/reports">{t.nav.reports}</Link>
          <Link href="/staff/calendar">{messages(language).staffCalendar.nav}</Link>
          {isAdmin && <Link href="/staff/outbox">{t.nav.outbox}</Link>}
          {isAdmin && <Link href="/staff/settings">{t.nav.settings}</Link>}
        </nav>
        <div className="staff-user">
          <span>{staff.user.email}</span>
          <form action={chooseLanguageAction} className="staff-user">
            <label htmlFor="staff-language">{t.language.label}</label>
            <select id="staff-language" name="language" defaultValue={language}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {messages(l).common.languageName}
                </option>
              ))}
            </select>
            <button type="submit" className="link-button">
              {t.language.choose}
            </button>
          </form>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              {t.nav.signOut}
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="link-button">
              {t.nav.signOutEverywhere}
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
