import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { requestEvents } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { portal } from "../scheduler/test-fixtures";
import { verifyChain } from "./verify";
import { exportAudit } from "./export";

const db = tempDbPerTest();

/** A chain of `n` staff entries on the usegpt portal: more than one page of the export. */
function chainOf(n: number) {
  const { id: portalId } = portal(db(), "usegpt");
  db().transaction((tx) => {
    for (let i = 0; i < n; i++) appendEvent(tx, { portalId, requestId: null, type: "note", actor: "staff:x", public: false, data: { i }, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
  });
  return portalId;
}

/** The body as sent, byte-order mark included (Response.text() drops it). */
const bytesOf = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

const exportOf = (portalId: number, format: string) => exportAudit(db(), { url: `http://localhost/staff/audit/usegpt?format=${format}`, userId: "u1", portalId, name: "audit-usegpt" });

describe("exportAudit", () => {
  it("streams every entry as JSON that re-verifies, and records the export with the last entry it covers", async () => {
    const portalId = chainOf(1203);
    const lastId = db().select().from(requestEvents).all().at(-1)!.id;
    const response = exportOf(portalId, "json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-usegpt.json"');
    // The file is one portal's: the auditor supplies its id to re-check the hashes.
    const entries = JSON.parse(await response.text()).map((e: { at: string }) => ({ ...e, portalId, at: new Date(e.at) }));
    expect(entries).toHaveLength(1203);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 1203 });
    const recorded = db().select().from(requestEvents).where(eq(requestEvents.type, "audit_exported")).all();
    expect(recorded).toEqual([expect.objectContaining({ portalId, actor: "staff:u1", data: { format: "json", entries: 1203, throughId: lastId } })]);
  });

  it("holds no write lock while the file streams, and leaves out entries written meanwhile", async () => {
    const portalId = chainOf(1203);
    const reader = exportOf(portalId, "csv").body!.getReader();
    const firstChunk = await reader.read();
    // Another connection that refuses to wait: it fails with SQLITE_BUSY if the export holds the lock.
    const other = openDb(db().$client.name);
    other.$client.pragma("busy_timeout = 0");
    other.transaction((tx) => appendEvent(tx, { portalId, requestId: null, type: "written_during_export", actor: "system", public: false, data: {}, at: new Date() }), { behavior: "immediate" });
    other.$client.close();
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
    const portalId = chainOf(3);
    const exportOf = (format: string) => exportAudit(db(), { url: `http://localhost/x?format=${format}`, userId: "u1", portalId, requestId: 999, name: "audit-x" });
    expect(await bytesOf(exportOf("csv"))).toBe("\uFEFFid,at,requestId,reference,type,actor,public,data,prevHash,hash\r\n");
    expect(JSON.parse(await exportOf("json").text())).toEqual([
      expect.objectContaining({ requestId: 999, type: "audit_exported", data: { format: "csv", entries: 0, throughId: 0 } }),
    ]);
  });

  it("refuses an unknown format without recording anything", async () => {
    const portalId = chainOf(1);
    const response = exportOf(portalId, "xml");
    expect(response.status).toBe(400);
    expect(db().select().from(requestEvents).where(eq(requestEvents.type, "audit_exported")).all()).toEqual([]);
  });
});
