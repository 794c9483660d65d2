import { z } from "zod";
import { LANGUAGES } from "../i18n/languages";

/** The language picker in the staff header: one of the catalogue's languages. */
export const staffLanguageSchema = z.object({ language: z.enum(LANGUAGES, "invalid_input") });
