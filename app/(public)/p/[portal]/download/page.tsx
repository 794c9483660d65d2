import type { Metadata } from "next";
import { formatInstant, formatNumber } from "@/lib/i18n/format";
import { exportForDownloadToken } from "@/lib/requests/download";
import { loadPortalPage, param, portalMetadata } from "../portal-page";
import { PortalShell } from "../shell";

// same-origin: the token never leaves in a Referer, while the form POST keeps its Origin.
export async function generateMetadata(props: PageProps<"/p/[portal]/download">): Promise<Metadata> {
  return { ...(await portalMetadata(props, (t) => t.portal.status.download)), referrer: "same-origin" };
}

/** The link from the "your data is ready" email: looking changes nothing, the button downloads. */
export default async function DownloadPage({ params, searchParams }: PageProps<"/p/[portal]/download">) {
  const { portal: slug } = await params;
  const query = await searchParams;
  const { db, portal, now, language, t } = await loadPortalPage(slug, param(query.lang));
  const token = param(query.token) ?? "";
  const found = await exportForDownloadToken(db, { token, portalId: portal.id, now });
  const s = t.portal.status;
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}/download`} query={{ token }}>
      {found ? (
        <>
          <h1>{s.download}</h1>
          <p className="lead">{s.downloadNote}</p>
          <p className="muted">
            {found.info.filename} · {s.fileSize(formatNumber(Math.ceil(found.info.size / 1024), language))} · {formatInstant(found.expiresAt, language, portal.timeZone)}
          </p>
          <form action={`/p/${slug}/download/file`} method="post">
            <input type="hidden" name="token" value={token} />
            <button type="submit">{s.download}</button>
          </form>
        </>
      ) : (
        <>
          <h1>{s.invalidTitle}</h1>
          <p className="lead">{s.invalidBody}</p>
        </>
      )}
    </PortalShell>
  );
}
