import type { Metadata } from "next";
import { resendByEmailAction } from "../../actions";
import { loadPortalPage, param, portalMetadata } from "../../portal-page";
import { PortalShell } from "../../shell";

export async function generateMetadata(props: PageProps<"/p/[portal]/request/sent">): Promise<Metadata> {
  return portalMetadata(props, (t) => t.portal.sent.title);
}

export default async function SentPage({ params, searchParams }: PageProps<"/p/[portal]/request/sent">) {
  const { portal: slug } = await params;
  const query = await searchParams;
  const { portal, language, t } = await loadPortalPage(slug, param(query.lang));
  const s = t.portal.sent;
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}/request/sent`}>
      <h1>{s.title}</h1>
      <p className="lead">{s.body}</p>
      <p className="muted">{s.expiry}</p>
      {param(query.resent) === "invalid" ? (
        <p role="alert" className="form-error">
          {t.portal.form.errors.emailInvalid}
        </p>
      ) : (
        param(query.resent) && (
          <p role="status" className="notice">
            {s.resent}
          </p>
        )
      )}
      <h2>{s.resendHeading}</h2>
      <p>{s.resendBody}</p>
      <form action={resendByEmailAction} className="inline-form">
        <input type="hidden" name="portal" value={slug} />
        <input type="hidden" name="lang" value={language} />
        <label htmlFor="resend-email">{t.portal.form.email}</label>
        <input id="resend-email" name="email" type="email" autoComplete="email" required />
        <button type="submit">{s.resend}</button>
      </form>
    </PortalShell>
  );
}
