import { z } from "zod";
import { CHANNELS, REQUEST_STATUSES } from "../../../db/schema";
import { REQUEST_TYPES } from "../../deadlines/types";
import { LANGUAGES } from "../../i18n/languages";

/**
 * The REST API's inputs and outputs, one zod schema each: the handlers parse
 * with them and /api/v1/openapi.json is generated from them, so the document
 * cannot drift from what the API does. Descriptions are part of the document.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date as YYYY-MM-DD.");
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max, `At most ${max.toLocaleString("en")} characters.`);

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable, for programs: `unauthorized`, `request_not_found`, `validation_failed`, or a case refusal such as `extension_already`." }),
      message: z.string().meta({ description: "English, for people." }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Each invalid field (a dotted path) with its problems." }),
    }),
  })
  .meta({ id: "Error" });

/** The queue's filters, as the staff queue has them; every value is checked (the page ignores a bad one, the API says so). */
export const listQuerySchema = z
  .object({
    status: z.enum(REQUEST_STATUSES.filter((s) => s !== "submitted")).optional().meta({ description: "One status; by default the active ones (open, in progress, awaiting the requester)." }),
    type: z.enum(REQUEST_TYPES).optional(),
    assignee: z.enum(["unassigned"]).optional().meta({ description: "Only requests assigned to nobody." }),
    overdue: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
    dueWithinDays: z.coerce.number().int().min(1).max(366).optional(),
    q: text(320).optional().meta({ description: "An exact reference or email address." }),
    cursor: z.string().regex(/^\d+\.\d+$/, "Pass the nextCursor of the previous page.").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const requestSummarySchema = z
  .object({
    id: z.string().meta({ description: "The reference, such as MVS-7K4Q-9XWD." }),
    type: z.enum(REQUEST_TYPES),
    status: z.enum(REQUEST_STATUSES),
    dueDate: isoDate.nullable(),
    dueAt: instant.nullable(),
    assignee: z.string().nullable().meta({ description: "The assigned staff member's email address." }),
    possibleDuplicate: z.boolean(),
  })
  .meta({ id: "RequestSummary" });

export const requestListSchema = z.object({ data: z.array(requestSummarySchema), nextCursor: z.string().nullable() }).meta({ id: "RequestList" });

export const requestDetailSchema = z
  .object({
    id: z.string(),
    type: z.enum(REQUEST_TYPES),
    status: z.enum(REQUEST_STATUSES),
    channel: z.enum(CHANNELS),
    email: z.string(),
    name: z.string().nullable(),
    language: z.enum(LANGUAGES),
    accountId: z.string().nullable(),
    details: z.string().nullable(),
    receivedAt: instant,
    verifiedAt: instant.nullable(),
    closedAt: instant.nullable(),
    assignee: z.string().nullable(),
    resolution: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    deadline: z
      .object({
        dueDate: isoDate,
        dueAt: instant,
        extended: z.boolean(),
        extensionNoticeBy: isoDate.nullable(),
        acknowledgeBy: isoDate.nullable(),
        refusalBy: isoDate.nullable(),
        provisional: z.boolean().meta({ description: "A working-day calendar without official data was used: the date may move." }),
        steps: z.array(z.string()).meta({ description: "How the deadline engine counted, step by step." }),
      })
      .nullable()
      .meta({ description: "Null until the request is verified." }),
    events: z.array(z.object({ type: z.string(), actor: z.string(), at: instant, public: z.boolean(), data: z.record(z.string(), z.unknown()) })),
    retentionOutcomes: z.array(
      z.object({ category: z.string(), kept: z.boolean(), basis: z.string().nullable(), keepUntil: isoDate.nullable(), purgedAt: instant.nullable() }),
    ),
  })
  .meta({ id: "RequestDetail" });

export const startBodySchema = z.object({}).strict().meta({ id: "StartInput" });
export const noteBodySchema = z.object({ text: z.string() }).strict().meta({ id: "NoteInput" });
export const assignmentBodySchema = z
  .object({ assignee: z.string().nullable().meta({ description: "A staff member's email address (an agent or admin of the portal), or null to unassign." }) })
  .strict()
  .meta({ id: "AssignmentInput" });
export const questionBodySchema = z.object({ question: z.string() }).strict().meta({ id: "QuestionInput" });
export const extensionBodySchema = z.object({ reason: z.string() }).strict().meta({ id: "ExtensionInput" });
export const rejectionBodySchema = z
  .object({ reason: z.string().meta({ description: "A ground of the request's law, as the staff form lists them (such as `no-data-held`)." }), message: z.string().default("") })
  .strict()
  .meta({ id: "RejectionInput" });

const categoryOutcome = z.discriminatedUnion("kept", [
  z.object({ category: z.string(), kept: z.literal(false) }).strict(),
  z
    .object({
      category: z.string(),
      kept: z.literal(true),
      basis: z.string().meta({ description: "The key of a retention basis of the portal's catalogue, such as `security-logs`." }),
      keepUntil: isoDate,
      anchorDate: isoDate.optional().meta({ description: "For a basis counted from a date (such as the last payment): that date." }),
    })
    .strict(),
]);

export const completionBodySchema = z
  .union([
    z.object({ outcomes: z.array(categoryOutcome).max(200).meta({ description: "A deletion: one outcome for every data category of the portal." }) }).strict(),
    z.object({ resolution: z.string(), effectiveFrom: isoDate.nullable().default(null) }).strict(),
  ])
  .meta({ id: "CompletionInput", description: "A deletion's checklist, or what was done for a correction, restriction, objection and the like. An access or portability request is completed with its export as multipart/form-data (field `file`, ≤ 10 MB)." });

export type CompletionBody = z.output<typeof completionBodySchema>;
