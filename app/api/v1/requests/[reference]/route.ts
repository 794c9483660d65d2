import { apiJson } from "@/lib/api/respond";
import { apiCase, apiRoute } from "@/lib/api/v1/kernel";
import { requestDetail } from "@/lib/api/v1/requests";

export const dynamic = "force-dynamic";

/** One request of the key's portal: its deadline with the engine's steps, its trail, its retention outcomes. */
export const GET = apiRoute<{ reference: string }>("requests:read", async (ctx) => {
  const c = await apiCase(ctx, ctx.params.reference);
  return c instanceof Response ? c : apiJson(await requestDetail(ctx.db, c));
});
