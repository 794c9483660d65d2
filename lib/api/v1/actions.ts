import "server-only";
import type { z } from "zod";
import { apiJson } from "../respond";
import { apiCase, apiRoute, jsonBody, type ApiCase, type ApiContext } from "./kernel";
import { requestDetail } from "./requests";

type CaseParams = { reference: string };

/**
 * A case action on `/api/v1/requests/{reference}/…`: `requests:write`, the
 * key's portal's request, the body by `schema`, then the use case; the answer
 * is the request as it now is.
 */
export function caseActionRoute<S extends z.ZodType>(schema: S, act: (ctx: ApiContext<CaseParams>, c: ApiCase, body: z.output<S>) => Promise<unknown>) {
  return apiRoute<CaseParams>("requests:write", async (ctx) => {
    const c = await apiCase(ctx, ctx.params.reference);
    if (c instanceof Response) return c;
    const body = await jsonBody(ctx.request, schema);
    if (body instanceof Response) return body;
    await act(ctx, c, body);
    return apiJson(await afterAction(ctx, c));
  });
}

/** The request re-read after an action, as GET /api/v1/requests/{reference} shows it. */
export async function afterAction(ctx: ApiContext<CaseParams>, c: ApiCase) {
  const now = await apiCase(ctx, c.request.reference);
  return requestDetail(ctx.db, now instanceof Response ? c : now);
}
