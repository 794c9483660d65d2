import type { Metadata } from "next";
import Link from "next/link";
import { expectedPeriod } from "@/lib/requests/promise-summary";
import type { Messages } from "@/lib/i18n/catalogue";
import { portalIntro } from "@/lib/i18n/intro";
import type { Period } from "@/lib/deadlines";
import { loadPortalPage, param, portalMetadata } from "./portal-page";
import { PortalShell } from "./shell";

export async function generateMetadata(props: PageProps<"/p/[portal]">): Promise<Metadata> {
  return portalMetadata(props, (t, operator) => t.portal.home.title(operator));
}

function within(t: Messages, period: Period): string {
  return period.count === 0 ? t.portal.home.within.sameDay : t.portal.home.within[period.unit](period.count);
}

export default async function PortalHome({ params, searchParams }: PageProps<"/p/[portal]">) {
  const { portal: slug } = await params;
  const { portal, language, t } = await loadPortalPage(slug, param((await searchParams).lang));
  const home = t.portal.home;
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}`}>
      <h1>{portal.name}</h1>
      <p className="lead">{portalIntro(portal.name, portal.requestTypes, language)}</p>
      <h2>{home.rightsHeading}</h2>
      <ul className="rights">
        {portal.requestTypes.map((type) => (
          <li key={type}>
            <strong>{t.requestTypes[type].label}</strong>
            <span>{t.requestTypes[type].description}</span>
            <span className="muted">
              {home.deadlineHeading}: {within(t, expectedPeriod(portal, type))}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{home.deadlineNote}</p>
      <p>
        <Link className="button" href={`/p/${slug}/request?lang=${language}`}>
          {home.start}
        </Link>
      </p>
      <p className="muted">{home.verifyNote}</p>
      {portal.emailIntake && <p>{home.emailIntake(portal.contactEmail)}</p>}
      <p>
        <a href={portal.policyUrl} rel="noopener noreferrer">
          {home.policyLink}
        </a>
      </p>
    </PortalShell>
  );
}
