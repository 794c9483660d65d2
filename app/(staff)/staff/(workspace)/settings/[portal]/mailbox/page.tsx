import type { Metadata } from "next";
import Link from "next/link";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { failureWords } from "@/lib/inbound/imap-failure";
import { portalMailbox, requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { StaffAlerts } from "../../../staff-alerts";
import { removeMailboxAction } from "../../mailbox-actions";
import { MailboxForm } from "./mailbox-form";

export async function generateMetadata({ params }: PageProps<"/staff/settings/[portal]/mailbox">): Promise<Metadata> {
  const t = messages(await staffLanguage()).staffMailbox;
  return { title: t.page.title((await params).portal) };
}

/** A portal's inbound mailbox, for its admins: how it is reached, how its last check went; connect, change, test, disconnect. */
export default async function MailboxPage({ params, searchParams }: PageProps<"/staff/settings/[portal]/mailbox">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const language = await staffLanguage();
  const t = messages(language).staffMailbox;
  const mailbox = await portalMailbox(portal.id);
  const when = (at: Date) => formatInstant(at, language, portal.timeZone);
  return (
    <>
      <h1>{t.page.title(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}`}>{t.page.back(portal.name)}</Link>
      </p>
      <p className="hint">{t.page.intro}</p>
      <StaffAlerts error={error} />
      {done === "removed" && (
        <p role="status" className="notice">
          {t.page.removed}
        </p>
      )}
      <h2>{t.page.statusHeading}</h2>
      {mailbox ? (
        <>
          <p>{mailbox.enabled ? t.page.enabled : t.page.paused}</p>
          <p>{mailbox.lastPollAt ? t.page.lastPoll(when(mailbox.lastPollAt)) : t.page.neverPolled}</p>
          {mailbox.lastError && (
            <p role="alert" className="form-error">
              {t.page.lastError(failureWords(t, { reason: mailbox.lastError, detail: mailbox.lastErrorDetail }))}
            </p>
          )}
          {mailbox.flaggedWith === "seen" && <p className="notice">{t.page.seenFallback}</p>}
        </>
      ) : (
        <p className="muted">{t.page.notConnected}</p>
      )}
      <p>{portal.inboundAddress ? t.page.addressSet(portal.inboundAddress) : t.page.addressNone}</p>
      <h2>{t.page.settingsHeading}</h2>
      <MailboxForm
        slug={portal.slug}
        stored={mailbox !== undefined}
        t={{ form: t.form, errors: t.errors }}
        initial={
          mailbox
            ? { host: mailbox.host, port: String(mailbox.port), tls: mailbox.tls, username: mailbox.username, folder: mailbox.folder, enabled: mailbox.enabled, address: portal.inboundAddress ?? "" }
            : { host: "", port: "993", tls: true, username: "", folder: "INBOX", enabled: true, address: portal.inboundAddress ?? "" }
        }
      />
      {mailbox && (
        <>
          <h2>{t.page.removeHeading}</h2>
          <p className="hint">{t.page.removeHint}</p>
          <form action={removeMailboxAction}>
            <input type="hidden" name="portal" value={portal.slug} />
            <button type="submit" className="danger">
              {t.page.remove}
            </button>
          </form>
        </>
      )}
    </>
  );
}
