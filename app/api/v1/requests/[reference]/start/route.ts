import { caseActionRoute } from "@/lib/api/v1/actions";
import { startApi } from "@/lib/api/v1/requests";
import { startBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** Starts work on an open request (a request is completed from "in progress"); it is assigned to nobody new. */
export const POST = caseActionRoute(startBodySchema, (ctx, c) => startApi(ctx, c));
