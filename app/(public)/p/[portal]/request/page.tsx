import type { Metadata } from "next";
import { env } from "@/lib/env";
import { formStamp } from "@/lib/form-stamp";
import { messages } from "@/lib/i18n/catalogue";
import { identityRuleFor } from "@/lib/validation/request";
import { PERMISSION_MAX_KB } from "@/lib/web-agents/permission-limit";
import { loadPortalPage, param, portalMetadata } from "../portal-page";
import { PortalShell } from "../shell";
import { RequestForm } from "./request-form";

export async function generateMetadata(props: PageProps<"/p/[portal]/request">): Promise<Metadata> {
  return portalMetadata(props, (t) => t.portal.form.title);
}

export default async function RequestPage({ params, searchParams }: PageProps<"/p/[portal]/request">) {
  const { portal: slug } = await params;
  const query = await searchParams;
  const { portal, now, language, t } = await loadPortalPage(slug, param(query.lang));
  const { lead, ...labels } = t.portal.form;
  const preselected = param(query.type);
  // A client component takes strings only: the catalogue's worded-with-a-number texts are worded here.
  const { form: agentForm, errors: agentErrors } = t.agentForm;
  const agentLabels = {
    ...agentForm,
    permissionHint: agentForm.permissionHint(PERMISSION_MAX_KB),
    errors: { ...agentErrors, permissionTooLarge: agentErrors.permissionTooLarge(PERMISSION_MAX_KB) },
  };
  return (
    <PortalShell portal={portal} language={language} path={`/p/${slug}/request`}>
      <h1>{labels.title}</h1>
      <p className="lead">{lead(portal.name)}</p>
      <RequestForm
        slug={slug}
        language={language}
        labels={labels}
        agentLabels={agentLabels}
        stamp={formStamp(now, env().AUTH_SECRET)}
        types={portal.requestTypes.map((type) => ({ value: type, ...t.requestTypes[type] }))}
        languages={portal.languages.map((l) => ({ value: l, label: messages(l).common.languageName }))}
        initialType={portal.requestTypes.find((type) => type === preselected)}
        identityRule={identityRuleFor(portal.regime)}
      />
    </PortalShell>
  );
}
