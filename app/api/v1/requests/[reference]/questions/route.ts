import { caseActionRoute } from "@/lib/api/v1/actions";
import { askApi } from "@/lib/api/v1/requests";
import { questionBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** Asks the requester a question by email; the clock pauses where the law allows, and the answer on the status page resumes it. */
export const POST = caseActionRoute(questionBodySchema, (ctx, c, { question }) => askApi(ctx, c, question));
