import { z } from "zod";

/**
 * The admin forms of the authorized agents page. The use cases
 * (lib/drp/agents.ts) check the values themselves, for the CLI too; these
 * only shape what a form posts. Messages are staff error codes.
 */
const text = z.string().default("");

export const registerAgentSchema = z.object({ agentId: text, name: text, verifyKey: text, contact: text });

export const agentStatusSchema = z.object({
  agentId: z.string("drp_agent_not_found").min(1, "drp_agent_not_found"),
  status: z.enum(["active", "suspended"], "invalid_input"),
});

export const agentTokenSchema = z.object({
  id: z.coerce.number("drp_token_not_found").int("drp_token_not_found").positive("drp_token_not_found"),
});

export const businessIdSchema = z.object({ businessId: text });
