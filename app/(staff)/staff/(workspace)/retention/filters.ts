import type { RegisterFilters } from "@/lib/retention/register";

/** The register's filters as its GET form sends them: ?portal=usegpt&basis=security-logs&within=30&purged=1. */
export type RegisterQuery = Pick<RegisterFilters, "portal" | "basis" | "endsWithinDays" | "includePurged">;

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** Unknown or malformed values are dropped: a hand-edited URL widens the list, never fails. */
export function parseRegisterQuery(params: SearchParams): RegisterQuery {
  const within = one(params.within);
  return {
    portal: one(params.portal),
    basis: one(params.basis),
    endsWithinDays: within && /^\d{1,5}$/.test(within) ? Number(within) : undefined,
    includePurged: one(params.purged) === "1",
  };
}

/** The same filters as a query string, for the export link and for coming back after an action. */
export function registerQueryString(q: RegisterQuery): string {
  const params = new URLSearchParams();
  if (q.portal) params.set("portal", q.portal);
  if (q.basis) params.set("basis", q.basis);
  if (q.endsWithinDays !== undefined) params.set("within", String(q.endsWithinDays));
  if (q.includePurged) params.set("purged", "1");
  return params.toString();
}
