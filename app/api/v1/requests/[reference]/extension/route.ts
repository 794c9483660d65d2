import { caseActionRoute } from "@/lib/api/v1/actions";
import { extendApi } from "@/lib/api/v1/requests";
import { extensionBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** Extends the deadline once, before the extension notice date, telling the requester the reason. */
export const POST = caseActionRoute(extensionBodySchema, (ctx, c, { reason }) => extendApi(ctx, c, reason));
