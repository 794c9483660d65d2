import type { Metadata } from "next";
import { myCalendarFeed } from "@/lib/calendar/feed";
import { messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { staffLanguage } from "@/lib/staff/language";
import { requireStaff } from "@/lib/staff/session";
import { StaffAlerts } from "../staff-alerts";
import { revokeCalendarFeedAction } from "./actions";
import { CreateFeedForm } from "./create-feed-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffCalendar.title };
}

/** The member's own deadline calendar address: create it (shown once), replace it, revoke it. */
export default async function CalendarPage({ searchParams }: PageProps<"/staff/calendar">) {
  const staff = await requireStaff();
  const language = await staffLanguage();
  const t = messages(language).staffCalendar;
  const { done, error } = await searchParams;
  const feed = await myCalendarFeed(staff.user.id);
  // Times in UTC: a member may work several portals in several zones.
  const when = (at: Date) => formatInstant(at, language, "UTC");
  const said = done === "revoked" ? t.revoked : done === "none" ? t.nothingToRevoke : undefined;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <p className="hint">{t.secretHint}</p>
      <StaffAlerts error={error} />
      {said && (
        <p role="status" className="notice">
          {said}
        </p>
      )}
      {feed ? (
        <>
          <p>
            {t.live(when(feed.createdAt))} {feed.lastUsedAt ? t.lastUsed(when(feed.lastUsedAt)) : t.neverUsed}
          </p>
          <CreateFeedForm words={{ button: t.replace, created: t.created, addressLabel: t.addressLabel, subscribeLink: t.subscribeLink }} />
          <form action={revokeCalendarFeedAction}>
            <button type="submit" className="danger">
              {t.revoke}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{t.none}</p>
          <CreateFeedForm words={{ button: t.create, created: t.created, addressLabel: t.addressLabel, subscribeLink: t.subscribeLink }} />
        </>
      )}
    </>
  );
}
