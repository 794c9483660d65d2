import type { Metadata } from "next";
import { inspectVerifyToken } from "@/lib/requests/verify";
import { agentLabel } from "@/lib/web-agents/record";
import { requestAgentFor } from "@/lib/web-agents/read";
import { newLinkAction, verifyAction } from "../actions";
import { loadPortalPage, param, portalMetadata } from "../portal-page";
import { PortalShell } from "../shell";

// same-origin: the token in this URL never leaves in a Referer to other sites, while the
// page's own form POSTs keep their Origin (no-referrer sends "null", which Next refuses).
export async function generateMetadata(props: PageProps<"/p/[portal]/verify">): Promise<Metadata> {
  return { ...(await portalMetadata(props, (t) => t.portal.verify.title)), referrer: "same-origin" };
}

/**
 * The link from the verification email. Looking at it changes nothing (mail
 * scanners fetch every link); only the button's POST confirms.
 */
export default async function VerifyPage({ params, searchParams }: PageProps<"/p/[portal]/verify">) {
  const { portal: slug } = await params;
  const query = await searchParams;
  const { db, portal, now, language, t } = await loadPortalPage(slug, param(query.lang));
  const v = t.portal.verify;
  const token = param(query.token) ?? "";
  const inspected = await inspectVerifyToken(db, { token, portalId: portal.id, now });
  const { state } = inspected;
  // An authorized agent's request: the consumer is asked whether they gave the agent permission (11 CCR §7063(a)(2)).
  const agent = state === "valid" ? await requestAgentFor(db, inspected.request) : undefined;
  const a = t.agentForm.confirm;
  const newLink = param(query.new);
  const hidden = (
    <>
      <input type="hidden" name="portal" value={slug} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="lang" value={language} />
    </>
  );
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}/verify`} query={{ token }}>
      {state === "valid" && (
        <>
          <h1>{agent ? a.title : v.title}</h1>
          <p className="lead">{agent && state === "valid" ? a.body(agentLabel(agent), portal.name, t.requestTypes[inspected.request.type].label) : v.body}</p>
          {param(query.failed) && (
            <p role="alert" className="form-error">
              {v.notComputable}
            </p>
          )}
          <form action={verifyAction}>
            {hidden}
            <button type="submit">{agent ? a.confirm : v.confirm}</button>
          </form>
          {agent && <p className="muted">{a.ignore}</p>}
        </>
      )}
      {state === "expired" && (
        <>
          <h1>{v.expiredTitle}</h1>
          {newLink ? (
            <p role="status" className="notice">
              {newLink === "sent" ? v.newSent : v.newRefused}
            </p>
          ) : (
            <>
              <p className="lead">{v.expiredBody}</p>
              <form action={newLinkAction}>
                {hidden}
                <button type="submit">{v.sendNew}</button>
              </form>
            </>
          )}
        </>
      )}
      {state === "used" && (
        <>
          <h1>{v.usedTitle}</h1>
          <p className="lead">{v.usedBody}</p>
        </>
      )}
      {state === "invalid" && (
        <>
          <h1>{v.invalidTitle}</h1>
          <p className="lead">{v.invalidBody}</p>
        </>
      )}
    </PortalShell>
  );
}
