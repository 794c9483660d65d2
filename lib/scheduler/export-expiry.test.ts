import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { listAuditEntries } from "../../db/queries/audit";
import { getExportInfo } from "../../db/queries/cases";
import { insertToken, revokeTokens } from "../../db/queries/tokens";
import { requestEvents } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { verifyChain } from "../audit/verify";
import { completeAccess, DOWNLOAD_DAYS } from "../cases/complete-access";
import { startWork } from "../cases/work";
import { downloadExport } from "../requests/download";
import { newToken } from "../verification";
import { sweepExpiredExports } from "./export-expiry";
import { addStaff, APP, openRequest, outbox } from "./test-fixtures";

const db = tempDbPerTest();
const completedAt = new Date("2026-03-04T08:00:00Z");
const linkEnds = completedAt.getTime() + DOWNLOAD_DAYS * 86_400_000;

/** An MVSEP access request answered with an export on 4 March; its link works for seven days. */
async function answeredAccess() {
  const agent = (await addStaff(db(), "mvsep", "agent")).id;
  const { portal, id, request } = await openRequest(db(), { slug: "mvsep", type: "access", receivedAt: new Date("2026-03-02T08:00:00Z"), by: agent });
  await startWork(db(), { request: await request(), by: { staff: agent }, now: new Date("2026-03-03T08:00:00Z") });
  await completeAccess(db(), { request: await request(), portal, file: { name: "export.json", bytes: Buffer.from('{"a":1}') }, by: { staff: agent }, now: completedAt, appUrl: APP });
  const token = /download\?token=([\w-]{43})/.exec((await outbox(db(), "access-ready"))[0]!.text)![1]!;
  return { portalId: portal.id, id, token };
}

const sweep = (ms: number) => sweepExpiredExports(db(), { now: new Date(ms), appUrl: APP });
const expiredEvents = async () => db().select().from(requestEvents).where(eq(requestEvents.type, "export_expired"));

describe("expiry of download links", () => {
  it("keeps the export while its link works, then deletes the bytes and records that they expired", async () => {
    const { portalId, id, token } = await answeredAccess();
    const fileId = (await getExportInfo(db(), { requestId: id }))!.id;
    expect(await sweep(linkEnds - 1)).toEqual({ expired: 0 });
    expect((await downloadExport(db(), { token, portalId, now: new Date(linkEnds - 1) }))?.content.toString()).toBe('{"a":1}');

    expect(await sweep(linkEnds)).toEqual({ expired: 1 });
    expect(await getExportInfo(db(), { requestId: id })).toBeUndefined();
    expect(await expiredEvents()).toEqual([expect.objectContaining({ requestId: id, actor: "system", public: false, data: { fileId, size: 7 }, at: new Date(linkEnds) })]);
    expect(verifyChain(await listAuditEntries(db(), { portalId }))).toMatchObject({ ok: true });
    expect(await sweep(linkEnds + 60_000)).toEqual({ expired: 0 });
    expect(await expiredEvents()).toHaveLength(1);
  });

  it("waits for every download link: a later one keeps the file, a revoked one does not", async () => {
    const { id } = await answeredAccess();
    const later = newToken();
    await withTransaction(db(), (tx) => insertToken(tx, { requestId: id, purpose: "download", hash: later.hash, expiresAt: new Date(linkEnds + 86_400_000) }));
    expect(await sweep(linkEnds)).toEqual({ expired: 0 });
    await withTransaction(db(), (tx) => revokeTokens(tx, { requestId: id, purpose: "download", now: new Date(linkEnds) }));
    expect(await sweep(linkEnds)).toEqual({ expired: 1 });
  });

  it("is not fooled by other links of the request: status links do not keep the export", async () => {
    const { id } = await answeredAccess();
    await withTransaction(db(), (tx) => insertToken(tx, { requestId: id, purpose: "status", hash: newToken().hash, expiresAt: new Date(linkEnds + 30 * 86_400_000) }));
    expect(await sweep(linkEnds)).toEqual({ expired: 1 });
  });
});
