import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import type { Role, User } from "../../db/schema";
import { runStaffAction, type KernelDeps } from "../staff/action";
import type { StaffContext } from "../staff/staff-context";
import { intakeSchema } from "./intake";

const NOW = new Date("2026-11-29T09:00:00Z");

function deps(role: Role): Partial<KernelDeps> {
  const staff: StaffContext = {
    user: { id: "u1", email: "ann@rightsdesk.test", name: "Ann" } as User,
    memberships: [{ portalId: 1, slug: "deepen", name: "Deepen", regime: "uz-zru547", role }],
    roleOn: (portalId) => (portalId === 1 ? role : undefined),
  };
  return { loadStaff: async () => staff, db: () => ({}) as Db, now: () => NOW, language: async () => "en" };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

const VALID = { portal: "deepen", type: "deletion", channel: "email", receivedAt: "2026-11-26T10:30", identityEvidence: "sent from the registered address", email: "robin@example.test", language: "uz" };
const spec = { role: "agent", refuseWith: "intake_needs_agent", schema: intakeSchema, portalOf: async () => ({ portalId: 1 }) } as const;
const record = (fields: Record<string, string>, role: Role = "agent") => runStaffAction(spec, async ({ input }) => input, form(fields), deps(role));
const codes = (outcome: Awaited<ReturnType<typeof record>>) => (outcome.ok ? [] : outcome.refusals.map((r) => r.code));

describe("manual intake through the staff-action kernel", () => {
  it("refuses a viewer with intake's own code, before looking at the input", async () => {
    expect(codes(await record({ portal: "deepen" }, "viewer"))).toEqual(["intake_needs_agent"]);
  });

  it("reads the receipt as date and time, and keeps the request's fields for the portal's own checks", async () => {
    const outcome = await record(VALID);
    expect(outcome).toMatchObject({ ok: true, done: { channel: "email", receivedAt: { date: "2026-11-26", time: "10:30" }, identityEvidence: VALID.identityEvidence, request: { email: VALID.email, type: "deletion", language: "uz" } } });
  });

  it("refuses a tampered receipt time with its code, not an error page", async () => {
    for (const receivedAt of ["yesterdayTnoon", "2026-11-26", "2026-02-30T10:00", "2026-11-26T24:00", ""]) {
      expect(codes(await record({ ...VALID, receivedAt })), receivedAt).toEqual(["intake_received_at_required"]);
    }
  });

  it("refuses every problem at once, the request's fields as the request form words them", async () => {
    const refused = codes(await record({ ...VALID, channel: "fax", email: "not an address", type: "" }));
    expect(refused.sort()).toEqual(["intake_channel_required", "request.emailInvalid", "request.typeRequired"]);
  });
});
