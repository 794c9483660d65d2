import { afterAction } from "@/lib/api/v1/actions";
import { apiCase, apiRoute, jsonBody } from "@/lib/api/v1/kernel";
import { apiError, apiJson } from "@/lib/api/respond";
import { completeAccessApi, completeApi } from "@/lib/api/v1/requests";
import { completionBodySchema } from "@/lib/api/v1/schemas";
import { MAX_EXPORT_BYTES } from "@/lib/cases/limits";
import { readLimited } from "@/lib/http/limited-body";

export const dynamic = "force-dynamic";

/** The export and the multipart framing around it. */
const MAX_MULTIPART_BYTES = MAX_EXPORT_BYTES + 64 * 1024;

/**
 * Completes the request: a deletion with its checklist and other types with a
 * resolution (JSON), an access or portability request with its export
 * (multipart/form-data, field `file`, read as it streams and refused past 10 MB).
 */
export const POST = apiRoute<{ reference: string }>("requests:write", async (ctx) => {
  const c = await apiCase(ctx, ctx.params.reference);
  if (c instanceof Response) return c;
  const contentType = ctx.request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data\s*;/i.test(contentType)) {
    const bytes = await readLimited(ctx.request, MAX_MULTIPART_BYTES);
    if (bytes === null) return apiError(413, "payload_too_large", `The export can be at most ${MAX_EXPORT_BYTES / 1024 / 1024} MB.`);
    const form = await new Response(new Uint8Array(bytes), { headers: { "Content-Type": contentType } }).formData().catch(() => undefined);
    const file = form?.get("file");
    if (!(file instanceof File)) return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields: { file: ["Send the export as the multipart field `file`."] } });
    await completeAccessApi(ctx, c, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  } else {
    const body = await jsonBody(ctx.request, completionBodySchema);
    if (body instanceof Response) return body;
    await completeApi(ctx, c, body);
  }
  return apiJson(await afterAction(ctx, c));
});
