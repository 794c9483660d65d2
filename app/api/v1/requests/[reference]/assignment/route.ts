import { caseActionRoute } from "@/lib/api/v1/actions";
import { assignApi } from "@/lib/api/v1/requests";
import { assignmentBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** Assigns the request to an agent or admin of the portal by email address, or unassigns it (null). */
export const POST = caseActionRoute(assignmentBodySchema, (ctx, c, { assignee }) => assignApi(ctx, c, assignee));
