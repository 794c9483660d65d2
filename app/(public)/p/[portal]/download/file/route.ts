import { storedFileAttachment } from "@/lib/download";
import { requesterContext } from "@/lib/requests/context";
import { downloadExport } from "@/lib/requests/download";

export const dynamic = "force-dynamic";

/** Only a POST downloads (mail scanners fetch GET links); each download is recorded. */
export async function POST(request: Request, { params }: RouteContext<"/p/[portal]/download/file">) {
  const { portal: slug } = await params;
  const c = await requesterContext(slug);
  const form = await request.formData().catch(() => undefined);
  const file = c && (await downloadExport(c.db, { token: form?.get("token"), portalId: c.portal.id, now: c.now }));
  if (!file) return new Response("This download link is not valid or has expired.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return storedFileAttachment(file);
}
