"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { appendEvent } from "@/db/queries/events";
import { confirmPurge, getKeptOutcome } from "@/db/queries/retention";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

/**
 * A member confirms that data kept after a deletion is now gone. Agents and
 * admins of the row's portal only; another portal's row is a 404, so its
 * existence is not revealed; a viewer is refused on the page. A second
 * confirmation changes and records nothing.
 */
export async function confirmPurgeAction(formData: FormData) {
  const staff = await requireStaff();
  const id = Number(formData.get("id"));
  const outcome = Number.isInteger(id) ? getKeptOutcome(getDb(), { id }) : undefined;
  const role = outcome && staff.roleOn(outcome.portalId);
  if (!outcome || !role) notFound();
  // Only a query string comes from the form, always onto this fixed path: no open redirect.
  const back = new URLSearchParams(String(formData.get("back") ?? ""));
  if (!atLeast(role, "agent")) {
    back.set("error", "forbidden");
    redirect(`/staff/retention?${back}`);
  }

  const now = new Date();
  const confirmed = getDb().transaction(
    (tx) => {
      if (!confirmPurge(tx, { id, userId: staff.user.id, now })) return false;
      appendEvent(tx, {
        portalId: outcome.portalId,
        requestId: outcome.requestId,
        type: "retention_purge_confirmed",
        actor: `staff:${staff.user.id}`,
        public: false,
        data: { outcomeId: id, category: outcome.category, keepUntil: outcome.keepUntil },
        at: now,
      });
      return true;
    },
    { behavior: "immediate" },
  );
  back.set("purge", confirmed ? "confirmed" : "already");
  redirect(`/staff/retention?${back}`);
}
