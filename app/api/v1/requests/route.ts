import { apiJson, issueFields, validationFailed } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/v1/kernel";
import { listRequests } from "@/lib/api/v1/requests";
import { listQuerySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** The key's portal's queue: the staff queue's filters and order, a cursor per page. */
export const GET = apiRoute("requests:read", async (ctx) => {
  const query = listQuerySchema.safeParse(Object.fromEntries(new URL(ctx.request.url).searchParams));
  if (!query.success) return validationFailed(issueFields(query.error));
  return apiJson(await listRequests(ctx, query.data));
});
