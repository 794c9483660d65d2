import type { Db } from "../../db/client";
import { listAuditEntries, type AuditEntry } from "../../db/queries/audit";
import { appendEvent } from "../../db/queries/events";
import { toCsv, type CsvColumn } from "../csv";
import { attachment } from "../download";

/** An entry as exported: with every field its hash covers, so an auditor can re-check the chain offline. */
function exported(e: AuditEntry) {
  return { id: e.id, at: e.at.toISOString(), requestId: e.requestId, reference: e.reference, type: e.type, actor: e.actor, public: e.public, data: e.data, prevHash: e.prevHash, hash: e.hash };
}

type ExportedEntry = ReturnType<typeof exported>;

const COLUMNS: CsvColumn<ExportedEntry>[] = (["id", "at", "requestId", "reference", "type", "actor", "public", "data", "prevHash", "hash"] as const).map(
  (key) => ({ header: key, value: (e) => (key === "data" ? JSON.stringify(e.data) : e[key]) }),
);

/**
 * Answers `GET …?format=csv|json` with a portal's audit chain, or one request's
 * entries in it, and records the download on that chain. Reading and recording
 * share one immediate transaction: no entry can land between what the file
 * shows and the record of its export.
 */
export function exportAudit(db: Db, { url, userId, portalId, requestId, name }: { url: string; userId: string; portalId: number; requestId?: number; name: string }): Response {
  const format = new URL(url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return Response.json({ error: { code: "bad_format", message: `format must be csv or json, not "${format}"` } }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const entries = db.transaction(
    (tx) => {
      const rows = listAuditEntries(tx, { portalId, requestId });
      appendEvent(tx, { portalId, requestId: requestId ?? null, type: "audit_exported", actor: `staff:${userId}`, public: false, data: { format, entries: rows.length }, at: new Date() });
      return rows.map(exported);
    },
    { behavior: "immediate" },
  );
  return attachment(format === "csv" ? toCsv(COLUMNS, entries) : JSON.stringify(entries, null, 2), { name, format });
}
