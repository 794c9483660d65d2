import { caseActionRoute } from "@/lib/api/v1/actions";
import { rejectApi } from "@/lib/api/v1/requests";
import { rejectionBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** Rejects the request on a ground of its law, telling the requester. */
export const POST = caseActionRoute(rejectionBodySchema, (ctx, c, body) => rejectApi(ctx, c, body));
