import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, openAnother, withTransaction } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { requestEvents } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { portal } from "../scheduler/test-fixtures";
import { verifyChain } from "./verify";
import { exportAudit } from "./export";

const db = tempDbPerTest();

/** A chain of `n` staff entries on the usegpt portal: more than one page of the export. */
async function chainOf(n: number) {
  const { id: portalId } = await portal(db(), "usegpt");
  await withTransaction(db(), async (tx) => {
    for (let i = 0; i < n; i++) await appendEvent(tx, { portalId, requestId: null, type: "note", actor: "staff:x", public: false, data: { i }, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
  });
  return portalId;
}

/** The body as sent, byte-order mark included (Response.text() drops it). */
const bytesOf = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

const exportOf = (portalId: number, format: string) => exportAudit({ url: `http://localhost/staff/audit/usegpt?format=${format}`, userId: "u1", portalId, name: "audit-usegpt" }, db());

describe("exportAudit", () => {
  it("streams every entry as JSON that re-verifies, and records the export with the last entry it covers", async () => {
    const portalId = await chainOf(1203);
    const lastId = (await db().select().from(requestEvents).orderBy(requestEvents.id)).at(-1)!.id;
    const response = await exportOf(portalId, "json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-usegpt.json"');
    // The file is one portal's: the auditor supplies its id to re-check the hashes.
    const entries = JSON.parse(await response.text()).map((e: { at: string }) => ({ ...e, portalId, at: new Date(e.at) }));
    expect(entries).toHaveLength(1203);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 1203 });
    const recorded = await db().select().from(requestEvents).where(eq(requestEvents.type, "audit_exported"));
    expect(recorded).toEqual([expect.objectContaining({ portalId, actor: "staff:u1", data: { format: "json", entries: 1203, throughId: lastId } })]);
  });

  it("holds no write lock while the file streams, and leaves out entries written meanwhile", async () => {
    const portalId = await chainOf(1203);
    const reader = (await exportOf(portalId, "csv")).body!.getReader();
    const firstChunk = await reader.read();
    // Another handle writes while the file streams: the export holds no transaction, so this one
    // commits at once (a held lock would leave it queued, and the test would time out).
    const other = openAnother(db());
    try {
      await withTransaction(other, (tx) => appendEvent(tx, { portalId, requestId: null, type: "written_during_export", actor: "system", public: false, data: {}, at: new Date() }));
    } finally {
      await closeDb(other);
    }
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let text = decoder.decode(firstChunk.value, { stream: true });
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,at,requestId,reference,type,actor,public,data,prevHash,hash");
    expect(lines.filter((l) => l !== "")).toHaveLength(1 + 1203);
    expect(text).not.toContain("written_during_export");
    expect(text).not.toContain("audit_exported");
  });

  it("exports a request without entries as a bare header, and the next export shows that one's record", async () => {
    const portalId = await chainOf(3);
    const exportOf = (format: string) => exportAudit({ url: `http://localhost/x?format=${format}`, userId: "u1", portalId, requestId: 999, name: "audit-x" }, db());
    expect(await bytesOf(await exportOf("csv"))).toBe("\uFEFFid,at,requestId,reference,type,actor,public,data,prevHash,hash\r\n");
    expect(JSON.parse(await (await exportOf("json")).text())).toEqual([
      expect.objectContaining({ requestId: 999, type: "audit_exported", data: { format: "csv", entries: 0, throughId: 0 } }),
    ]);
  });

  it("refuses an unknown format without recording anything", async () => {
    const portalId = await chainOf(1);
    const response = await exportOf(portalId, "xml");
    expect(response.status).toBe(400);
    expect(await db().select().from(requestEvents).where(eq(requestEvents.type, "audit_exported"))).toEqual([]);
  });
});
