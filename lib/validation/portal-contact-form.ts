import { z } from "zod";

/**
 * The settings page's contact form: the rules of portalContactSchema
 * (./portal-contact.ts), with the staff error code as its message, since a
 * refusal travels back as `?error=contact_invalid`.
 */
export const portalContactFormSchema = z.object({
  contactEmail: z.string("contact_invalid").trim().toLowerCase().max(254, "contact_invalid").pipe(z.email("contact_invalid")),
});
