import type { Metadata } from "next";
import Link from "next/link";
import { REGIME_IDS } from "@/lib/deadlines";
import { FORM_REQUEST_TYPES } from "@/lib/appeals/rights";
import { REGIMES } from "@/lib/deadlines/regimes";
import { messages } from "@/lib/i18n/catalogue";
import { LANGUAGES } from "@/lib/i18n/languages";
import { portalRetentionBases, requireAdminPortal } from "@/lib/staff/admin-portal";
import { staffLanguage } from "@/lib/staff/language";
import { settingsFormValues } from "@/lib/validation/portal-settings-form";
import { StaffAlerts } from "../../staff-alerts";
import { ContactPanel } from "./contact-panel";
import { SettingsForm, type SettingsOptions } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staffSettings.portal.title };
}

/** A portal's settings and retention catalogue, for its admins only. */
export default async function PortalSettingsPage({ params, searchParams }: PageProps<"/staff/settings/[portal]">) {
  const { portal } = await requireAdminPortal((await params).portal);
  const { done, error } = await searchParams;
  const bases = await portalRetentionBases(portal.id);
  const language = await staffLanguage();
  const { requestTypes, staffSettings: t } = messages(language);
  const options: SettingsOptions = {
    languages: chosenFirst(portal.languages, LANGUAGES).map((value) => ({ value, label: messages(value).common.languageName })),
    requestTypes: chosenFirst(portal.requestTypes, FORM_REQUEST_TYPES).map((value) => ({ value, label: `${requestTypes[value].label} (${value})` })),
    regimes: REGIME_IDS.map((value) => ({ value, label: value === "custom" ? t.portal.customRegime : REGIMES[value].name })),
  };
  return (
    <>
      <h1>{t.portal.heading(portal.name)}</h1>
      <p>
        <Link href={`/staff/settings/${portal.slug}/members`}>{t.portal.membersLink(portal.name)}</Link>
        {" · "}
        <Link href={`/staff/settings/${portal.slug}/webhooks`}>{t.portal.webhooksLink}</Link>
      </p>
      <p>
        <Link href={`/staff/settings/${portal.slug}/api-keys`}>{t.portal.apiKeysLink(portal.name)}</Link>
        {" · "}
        <Link href={`/staff/settings/${portal.slug}/mailbox`}>{messages(language).staffMailbox.page.linkFromSettings}</Link>
        {" · "}
        <Link href={`/staff/settings/${portal.slug}/agents`}>{messages(language).staffAgents.title}</Link>
      </p>
      <StaffAlerts error={error} />
      <ContactPanel portal={portal} confirmed={done === "contact-confirmed"} t={t.contact} />
      <SettingsForm slug={portal.slug} initial={settingsFormValues({ ...portal, retentionBases: bases })} options={options} labels={t.form} />
    </>
  );
}

/**
 * The portal's choices first, in its order (its pages list them so), then the
 * rest: ticked boxes post in page order, so an unchanged form keeps the order
 * and a newly ticked choice comes last.
 */
function chosenFirst<T>(chosen: readonly T[], all: readonly T[]): T[] {
  return [...chosen, ...all.filter((item) => !chosen.includes(item))];
}
