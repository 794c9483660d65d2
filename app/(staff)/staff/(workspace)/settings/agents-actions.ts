"use server";

import { revalidatePath } from "next/cache";
import { registerAgent, revokeAgentToken, setAgentStatus, setBusinessId } from "@/lib/drp/agents";
import { staffFormAction } from "@/lib/staff/action";
import { ADMIN_OF_PORTAL, type PortalTarget } from "@/lib/staff/admin-portal";
import { agentStatusSchema, agentTokenSchema, businessIdSchema, registerAgentSchema } from "@/lib/validation/drp-agents";

/** What an action on the agents page came to (`?done=`); refusals come as `?error=` codes. */
export type AgentsOutcome = "registered" | "suspended" | "reactivated" | "token-revoked" | "business-id-saved";

const agentsPath = (portal: Pick<PortalTarget, "slug">) => `/staff/settings/${portal.slug}/agents`;

const register = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: registerAgentSchema },
  async ({ input, target, staff, db, now }): Promise<AgentsOutcome> => {
    await registerAgent(db, { portalId: target.id, agent: input, by: staff.user.id, now });
    revalidatePath(agentsPath(target));
    return "registered";
  },
  { back: agentsPath },
);

/** Registers an agent of this portal, active at once. */
export async function registerAgentAction(formData: FormData) {
  await register(formData);
}

const status = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: agentStatusSchema },
  async ({ input, target, staff, db, now }): Promise<AgentsOutcome> => {
    await setAgentStatus(db, { portalId: target.id, agentId: input.agentId, status: input.status, by: staff.user.id, now });
    revalidatePath(agentsPath(target));
    return input.status === "suspended" ? "suspended" : "reactivated";
  },
  { back: agentsPath },
);

/** Suspends an agent (its tokens are refused, it cannot pair) or makes it active again. */
export async function setAgentStatusAction(formData: FormData) {
  await status(formData);
}

const revoke = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: agentTokenSchema },
  async ({ input, target, staff, db, now }): Promise<AgentsOutcome> => {
    await revokeAgentToken(db, { portalId: target.id, tokenId: input.id, by: staff.user.id, now });
    revalidatePath(agentsPath(target));
    return "token-revoked";
  },
  { back: agentsPath },
);

/** Revokes one of the agents' bearer tokens. */
export async function revokeAgentTokenAction(formData: FormData) {
  await revoke(formData);
}

const businessId = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: businessIdSchema },
  async ({ input, target, staff, db, now }): Promise<AgentsOutcome> => {
    await setBusinessId(db, { portalId: target.id, businessId: input.businessId, by: staff.user.id, now });
    revalidatePath(agentsPath(target));
    return "business-id-saved";
  },
  { back: agentsPath },
);

/** Sets the DRP business id agents must name. */
export async function setBusinessIdAction(formData: FormData) {
  await businessId(formData);
}
