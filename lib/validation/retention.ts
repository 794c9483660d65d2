import { z } from "zod";

/** The register's "Confirm purge" button: the kept outcome, and the register's filters to go back to. */
export const confirmPurgeSchema = z.object({
  id: z.coerce.number().int(),
  back: z.string().optional(),
});
