import "server-only";
import { getDb, withTransaction, type Db } from "../../db/client";
import { listAuditEntries, measureAuditEntries, type AuditEntry } from "../../db/queries/audit";
import { appendEvent } from "../../db/queries/events";
import { csvHeader, csvRows, type CsvColumn } from "../csv";
import { now } from "../clock";
import { attachment } from "../download";

/** Entries read per query while the file streams out. */
const PAGE = 500;

/** An entry as exported: with every field its hash covers, so an auditor can re-check the chain offline. */
function exported(e: AuditEntry) {
  return { id: e.id, at: e.at.toISOString(), requestId: e.requestId, reference: e.reference, type: e.type, actor: e.actor, public: e.public, data: e.data, prevHash: e.prevHash, hash: e.hash };
}

type ExportedEntry = ReturnType<typeof exported>;

const COLUMNS: CsvColumn<ExportedEntry>[] = (["id", "at", "requestId", "reference", "type", "actor", "public", "data", "prevHash", "hash"] as const).map(
  (key) => ({ header: key, value: (e) => (key === "data" ? JSON.stringify(e.data) : e[key]) }),
);

/**
 * Answers an export (`POST …?format=csv|json`) of a portal's audit chain, or of
 * one request's entries in it. The export is recorded first, in its own short
 * transaction, naming the last entry it covers; the file then streams exactly
 * the entries up to that one, a page per read, so no write waits on a slow
 * download and no entry can land between what the file shows and its record.
 * `now` is the time of the export, from lib/clock.ts (the caller's, when it has one).
 */
export async function exportAudit(
  { url, userId, portalId, requestId, name, now: at = now() }: { url: string; userId: string; portalId: number; requestId?: number; name: string; now?: Date },
  db: Db = getDb(),
): Promise<Response> {
  const format = new URL(url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return Response.json({ error: { code: "bad_format", message: `format must be csv or json, not "${format}"` } }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const scope = { portalId, requestId };
  const { lastId } = await withTransaction(db, async (tx) => {
    const covered = await measureAuditEntries(tx, scope);
    await appendEvent(tx, { portalId, requestId: requestId ?? null, type: "audit_exported", actor: `staff:${userId}`, public: false, data: { format, entries: covered.entries, throughId: covered.lastId }, at });
    return covered;
  });
  const encoder = new TextEncoder();
  let afterId = 0;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = (await listAuditEntries(db, { ...scope, afterId, throughId: lastId, limit: PAGE })).map(exported);
      const opening = first ? (format === "csv" ? csvHeader(COLUMNS) : "[") : "";
      const text = format === "csv" ? csvRows(COLUMNS, page) : page.map((e, i) => `${first && i === 0 ? "" : ","}\n  ${JSON.stringify(e)}`).join("");
      first = false;
      const last = page.at(-1);
      if (last) afterId = last.id;
      if (page.length < PAGE) {
        controller.enqueue(encoder.encode(opening + text + (format === "json" ? "\n]\n" : "")));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(opening + text));
      }
    },
  });
  return attachment(body, { name, format });
}
