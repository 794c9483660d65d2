import { caseActionRoute } from "@/lib/api/v1/actions";
import { addApiNote } from "@/lib/api/v1/requests";
import { noteBodySchema } from "@/lib/api/v1/schemas";

export const dynamic = "force-dynamic";

/** An internal note, as staff write them: recorded in the trail, never shown to the requester. */
export const POST = caseActionRoute(noteBodySchema, (ctx, c, { text }) => addApiNote(ctx, c, text));
