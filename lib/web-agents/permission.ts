import { PERMISSION_MAX_BYTES } from "./permission-limit";

/** The agent's signed permission (11 CCR §7063(a)(1)) as uploaded with the form, under the cap of permission-limit.ts. */
export type PermissionUpload = { name: string; bytes: Buffer };
export type PermissionFile = { filename: string; mimeType: string; bytes: Buffer };
export type PermissionError = "permissionRequired" | "permissionType" | "permissionTooLarge";

/** What the file is, from its first bytes: a browser's declared type or the name's extension proves nothing. */
const SIGNATURES: [mimeType: string, magic: Buffer][] = [
  ["application/pdf", Buffer.from("%PDF-")],
  ["image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["image/jpeg", Buffer.from([0xff, 0xd8, 0xff])],
];

/** A form's file field, read; an empty file input (no file chosen) is no upload. */
export async function readUpload(value: unknown): Promise<PermissionUpload | undefined> {
  if (!(value instanceof File) || value.size === 0) return undefined;
  return { name: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
}

/** The upload as stored, or why it is refused. The name keeps only its last path part, one line, at most 200 characters. */
export function checkPermission(upload: PermissionUpload | undefined): { ok: true; file: PermissionFile } | { ok: false; error: PermissionError } {
  if (!upload || upload.bytes.length === 0) return { ok: false, error: "permissionRequired" };
  if (upload.bytes.length > PERMISSION_MAX_BYTES) return { ok: false, error: "permissionTooLarge" };
  const mimeType = SIGNATURES.find(([, magic]) => upload.bytes.subarray(0, magic.length).equals(magic))?.[0];
  if (!mimeType) return { ok: false, error: "permissionType" };
  const filename = (upload.name.split(/[\\/]/).pop() ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, 200) || "permission";
  return { ok: true, file: { filename, mimeType, bytes: upload.bytes } };
}
