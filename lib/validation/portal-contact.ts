import { z } from "zod";

/** The operator's contact address, as an admin confirms or corrects it in settings. */
export const portalContactSchema = z.object({
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "The address can be at most 254 characters")
    .pipe(z.email("Enter the operator's address, like privacy@example.com")),
});
