import { z } from "zod";
import type { RequesterIdentity } from "../../db/schema";
import { REQUEST_TYPES, type RegimeId, type RequestType } from "../deadlines/types";
import type { Messages } from "../i18n/catalogue";
import { LANGUAGES, type Language } from "../i18n/languages";
import { parseIsoDate } from "../deadlines/dates";
import { localDate } from "../deadlines/zone";
import { now } from "../clock";
import { plainText, type PlainTextOptions } from "./plain-text";
import { isTcIdentityNumber } from "./tc-identity-number";

/**
 * One schema for the request form (client and server) and the JSON API, made
 * for the identity details the portal's law requires (see `identityRuleFor`).
 * Error messages are catalogue keys (`form.errors.*`), translated where they
 * are shown.
 */
const trimmed = (max: number, tooLong: string, badCharacter: string, options?: PlainTextOptions) =>
  z.string("notText").trim().max(max, tooLong).check(plainText(badCharacter, options));
const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (...args: Parameters<typeof trimmed>) => z.preprocess(blankAsMissing, trimmed(...args).optional());
/** An identity detail: one line, refused with the shared too-long and bad-character keys unless it has its own. */
const identityText = (max: number, tooLong = "identityFieldTooLong") => optionalText(max, tooLong, "identityBadCharacter");

/** A requester's address, as the form, the API and "send a new link" take it. */
export const emailSchema = z.string("emailInvalid").trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid"));

/**
 * Whose law asks a request for more than the portal needs:
 * - "kvkk": Turkey's Communiqué on the Procedures and Principles of Application
 *   to the Data Controller (2018), art. 5(2): name and surname; for a Turkish
 *   citizen the T.C. identity number, for a foreigner nationality and passport
 *   or identity card number; a residence or business address for notices; an
 *   email, phone or fax for notices, if any; and the subject of the request.
 * - "152fz": Russia's 152-FZ art. 14(3): the number of the identity document,
 *   its date of issue and issuer; details confirming the person's relationship
 *   with the operator (an account or contract number); and a signature. A web
 *   form is signed by typing the name given in "Your name" and ticking that this is a simple
 *   electronic signature (63-FZ art. 5(2), 9): the portal has no qualified
 *   signatures, and a typed name with an explicit act of signing is what the
 *   requester can give on any device.
 */
export type IdentityRule = "kvkk" | "152fz";

export function identityRuleFor(regime: RegimeId): IdentityRule | null {
  if (regime === "tr-kvkk") return "kvkk";
  if (regime === "ru-152fz") return "152fz";
  return null;
}

const fields = z.object({
  type: z.enum(REQUEST_TYPES, "typeRequired"),
  email: emailSchema,
  name: optionalText(200, "nameTooLong", "nameBadCharacter"),
  accountId: optionalText(200, "accountIdTooLong", "accountIdBadCharacter"),
  details: optionalText(5000, "detailsTooLong", "detailsBadCharacter", { multiline: true }),
  language: z.preprocess((v) => (v === "" ? undefined : v), z.enum(LANGUAGES, "languageInvalid").optional()),
  citizenship: z.preprocess(blankAsMissing, z.enum(["tr", "foreign"], "citizenshipRequired").optional()),
  tcIdentityNumber: identityText(11, "tcIdentityNumberInvalid"),
  nationality: identityText(100),
  foreignDocumentNumber: identityText(50),
  noticeAddress: identityText(500),
  phone: identityText(30, "phoneInvalid"),
  documentNumber: identityText(50),
  documentIssuedOn: identityText(10, "documentIssuedOnInvalid"),
  documentIssuer: identityText(300),
  signature: identityText(200),
  /** A ticked checkbox posts "on"; the API sends true. */
  signatureConfirmed: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

type Fields = z.output<typeof fields>;

/** A correction must say what is wrong and what it should be. */
function detailsForCorrection(value: { type: string; details?: string }, ctx: z.RefinementCtx) {
  if (value.type === "correction" && !value.details) {
    ctx.addIssue({ code: "custom", path: ["details"], message: "detailsRequiredForCorrection" });
  }
}

/**
 * The schema runs in the browser and for portals in every time zone, so a
 * document issued "today" is refused as future only once that day has begun
 * nowhere on Earth: the latest calendar date is UTC+14's (POSIX signs are inverted).
 */
const latestToday = () => localDate(now(), "Etc/GMT-14");

/** A signature typed with a double space still matches the name it copies. */
const sameSpacing = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The details the rule makes a request carry, each missing or malformed one on
 * its own field. It runs even when other fields failed (see `always`), so the
 * requester sees every problem at once; values are read defensively for that.
 */
function identityChecks(rule: IdentityRule | null) {
  return (value: Omit<Fields, "email" | "language">, ctx: z.RefinementCtx) => {
    if (rule === null) return;
    const text = (field: keyof typeof value) => (typeof value[field] === "string" ? (value[field] as string) : "");
    const require = (field: keyof typeof value, message: string) => {
      if (value[field] === undefined || value[field] === "") ctx.addIssue({ code: "custom", path: [field], message });
    };
    require("name", "nameRequired");
    if (rule === "kvkk") {
      require("citizenship", "citizenshipRequired");
      if (value.citizenship === "tr") {
        require("tcIdentityNumber", "tcIdentityNumberRequired");
        const tc = text("tcIdentityNumber");
        // Longer than 11 is already refused by the field's own length check.
        if (tc && tc.length <= 11 && !isTcIdentityNumber(tc)) ctx.addIssue({ code: "custom", path: ["tcIdentityNumber"], message: "tcIdentityNumberInvalid" });
      }
      if (value.citizenship === "foreign") {
        require("nationality", "nationalityRequired");
        require("foreignDocumentNumber", "foreignDocumentNumberRequired");
      }
      require("noticeAddress", "noticeAddressRequired");
      const phone = text("phone");
      if (phone && !/^\+?(?:[\s()-]*\d){5,}[\s()-]*$/.test(phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: "phoneInvalid" });
      if (value.type !== "correction") require("details", "subjectRequired");
    } else {
      require("documentNumber", "documentNumberRequired");
      const issuedOn = parseIsoDate(text("documentIssuedOn"));
      if (!issuedOn || issuedOn > latestToday()) ctx.addIssue({ code: "custom", path: ["documentIssuedOn"], message: "documentIssuedOnInvalid" });
      require("documentIssuer", "documentIssuerRequired");
      require("accountId", "relationshipRequired");
      require("signature", "signatureRequired");
      const [signature, name] = [sameSpacing(text("signature")), sameSpacing(text("name"))];
      if (signature && name && signature.toLocaleLowerCase("ru") !== name.toLocaleLowerCase("ru")) ctx.addIssue({ code: "custom", path: ["signature"], message: "signatureMismatch" });
      if (value.signatureConfirmed !== true) ctx.addIssue({ code: "custom", path: ["signatureConfirmed"], message: "signatureNotConfirmed" });
    }
  };
}

/** Runs a refinement even after other fields failed, as long as the input is an object. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** The request as stored: the portal's own fields, and only the identity details its law asks for (nothing else is kept). */
function toRequest(rule: IdentityRule | null) {
  return (value: Fields): RequestInput => {
    const { type, email, name, accountId, details, language } = value;
    const request = { type, email, name, accountId, details, language };
    const identity = identityOf(rule, value);
    return identity ? { ...request, identity } : request;
  };
}

/** Only the identity details the rule asks for: nothing else is kept. */
function identityOf(rule: IdentityRule | null, value: Partial<Fields>): RequesterIdentity | undefined {
  const { citizenship, tcIdentityNumber, nationality, foreignDocumentNumber, noticeAddress, phone, documentNumber, documentIssuedOn, documentIssuer, signature } = value;
  if (rule === "kvkk") {
    const identity: RequesterIdentity = citizenship === "tr" ? { tcIdentityNumber, noticeAddress } : { nationality, foreignDocumentNumber, noticeAddress };
    if (phone) identity.phone = phone;
    return identity;
  }
  if (rule === "152fz") return { documentNumber, documentIssuedOn, documentIssuer, signature };
  return undefined;
}

/**
 * One schema per rule, made on first use and kept: zod compiles a schema on its
 * first parse, and every intake parses one.
 */
function perRule<S>(make: (rule: IdentityRule | null) => S): (rule: IdentityRule | null) => S {
  const made = new Map<IdentityRule | null, S>();
  return (rule) => {
    let schema = made.get(rule);
    if (!schema) made.set(rule, (schema = make(rule)));
    return schema;
  };
}

/** The API's schema for a portal under `rule`. */
export const requestSchemaFor = perRule((rule) => fields.superRefine(detailsForCorrection).superRefine(identityChecks(rule), always).transform(toRequest(rule)));

/**
 * An authorized agent on the web form (11 CCR §7063; a third party's GDPR request): the
 * form's own name and address are the agent's, these name the consumer the request is
 * about. Only the form has them: an API client cannot claim to be an agent.
 */
const agentFields = {
  forSomeoneElse: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  agentOrganisation: optionalText(200, "organisationTooLong", "organisationBadCharacter"),
  consumerName: optionalText(200, "consumerNameTooLong", "consumerNameBadCharacter"),
  consumerEmail: z.preprocess(blankAsMissing, z.string("consumerEmailInvalid").trim().toLowerCase().max(254, "consumerEmailInvalid").pipe(z.email("consumerEmailInvalid")).optional()),
};

type AgentFields = { forSomeoneElse: boolean; email?: unknown; consumerName?: string; consumerEmail?: string };

function agentChecks(value: AgentFields, ctx: z.RefinementCtx) {
  if (value.forSomeoneElse !== true) return;
  if (!value.consumerName) ctx.addIssue({ code: "custom", path: ["consumerName"], message: "consumerNameRequired" });
  if (!value.consumerEmail) ctx.addIssue({ code: "custom", path: ["consumerEmail"], message: "consumerEmailRequired" });
  // §7063(a): the business may ask the consumer to confirm directly, so the address must be the consumer's own.
  else if (typeof value.email === "string" && value.consumerEmail === value.email.trim().toLowerCase()) ctx.addIssue({ code: "custom", path: ["consumerEmail"], message: "consumerEmailIsYours" });
}

/** The request is the consumer's (their name and address); the form's own name and address become the agent's. */
function asAgentRequest(request: RequestInput, value: Fields & { forSomeoneElse: boolean; agentOrganisation?: string; consumerName?: string; consumerEmail?: string }): RequestInput {
  if (!value.forSomeoneElse) return request;
  const agent: RequestAgentInput = { name: request.name!, email: request.email, ...(value.agentOrganisation ? { organisation: value.agentOrganisation } : {}) };
  return { ...request, name: value.consumerName, email: value.consumerEmail!, agent };
}

/** The web form's: it also asks for a name, carries the honeypot and the form stamp, and lets an agent act for someone. */
export const requestFormSchemaFor = perRule((rule) =>
  fields
    .extend({
      // A name left out of the post (or sent as a file) is a name not given.
      name: z.preprocess((v) => v ?? "", trimmed(200, "nameTooLong", "nameBadCharacter").min(1, "nameRequired")),
      website: z.string().optional(),
      stamp: z.string().optional(),
      ...agentFields,
    })
    .superRefine(detailsForCorrection)
    .superRefine(identityChecks(rule), always)
    .superRefine(agentChecks, always)
    .transform((value) => asAgentRequest(toRequest(rule)(value), value)),
);

/** A request taken without its law's details, as staff complete it: the requester's address and language are the request's own, never posted. */
const completionFields = fields.omit({ email: true, language: true });
const completionSchemaFor = perRule((rule) => completionFields.superRefine(detailsForCorrection).superRefine(identityChecks(rule), always));

/** The identity details' inputs, as the forms name them: every field staff post but the request's own. */
export const IDENTITY_INPUTS: readonly string[] = Object.keys(completionFields.omit({ type: true, name: true, accountId: true, details: true }).shape);

export interface CompletionIssue {
  field: string;
  message: RequestErrorKey;
}

/**
 * Checks a request taken without the details its law requires (by email, from a
 * DRP agent) as the form would, `input` being the request's fields with what staff
 * post over them, but refuses only on the fields in `postable`: what the request
 * came with stays as it came, even where the form would refuse it (a 20,000-character
 * email, a name the form finds too long), and staff cannot be asked to mend it.
 * Once nothing postable is refused, gives the postable fields as they are to be stored.
 */
export function checkIdentityCompletion(
  rule: IdentityRule,
  input: Record<string, unknown>,
  postable: ReadonlySet<string>,
): { ok: true; value: Pick<RequestInput, "name" | "accountId" | "details" | "identity"> } | { ok: false; issues: CompletionIssue[] } {
  const checked = completionSchemaFor(rule).safeParse(input);
  const issues = checked.success ? [] : checked.error.issues.filter((issue) => postable.has(String(issue.path[0])));
  if (issues.length > 0) return { ok: false, issues: issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message as RequestErrorKey })) };
  const given = completionFields.parse(Object.fromEntries(Object.entries(input).filter(([field]) => field === "type" || postable.has(field))));
  const { name, accountId, details } = given;
  return { ok: true, value: { name, accountId, details, identity: identityOf(rule, given) } };
}

/** The schemas of a portal whose law asks for nothing more. */
export const requestSchema = requestSchemaFor(null);
export const requestFormSchema = requestFormSchemaFor(null);

/** Who filed a web request for someone else: the form's own name and address, and an organisation if given. */
export interface RequestAgentInput {
  name: string;
  email: string;
  organisation?: string;
}

/** A valid request: the portal's own fields, and the identity details its law asks for (none elsewhere). */
export interface RequestInput {
  type: RequestType;
  email: string;
  name?: string;
  accountId?: string;
  details?: string;
  language?: Language;
  identity?: RequesterIdentity;
  /** Only from the web form, when an authorized agent filed it. */
  agent?: RequestAgentInput;
}
export type RequestFormInput = z.input<ReturnType<typeof requestFormSchemaFor>>;

/**
 * The keys the schemas give as error messages: the request form's error texts
 * in the catalogue, less those that belong to no field (the summary and the
 * submit limits). Taken from the catalogue, so there is no second list to keep in step.
 */
export type RequestErrorKey = Exclude<keyof Messages["portal"]["form"]["errors"], "summary" | "tooFast" | "rateLimited">;
/** The web form's error keys: the request's, and an authorized agent's (in the `agentForm` catalogue). */
export type FormErrorKey = RequestErrorKey | keyof Messages["agentForm"]["errors"];
