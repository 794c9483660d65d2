import { createHash } from "node:crypto";

/** The hash before a portal's first entry. */
export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  portalId: number;
  requestId: number | null;
  type: string;
  actor: string;
  public: boolean;
  data: Record<string, unknown>;
  at: Date;
}

/**
 * SHA-256 over the previous entry's hash and this entry's fields in a fixed
 * order, so an edit, insertion or deletion anywhere breaks every later link.
 *
 * The data is hashed as the database gives it back, not as the writer held it:
 * first as JSON (what SQLite's text column and PostgreSQL's jsonb both store, a
 * Date becoming its ISO string, an undefined key dropped), then with its keys
 * sorted at every depth, as jsonb returns them in an order of its own. So the
 * hash taken at append time is the one verify computes on either engine.
 */
export function chainHash(prevHash: string, e: ChainedFields): string {
  const body = JSON.stringify([e.portalId, e.requestId, e.type, e.actor, e.public, canonical(asStored(e.data)), e.at.getTime()]);
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}

/** The value as a JSON column holds it. */
function asStored(data: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(data ?? {})) as unknown;
}

/** Object keys sorted at every depth: the same data always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
