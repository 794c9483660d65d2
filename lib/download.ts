const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export type DownloadFormat = keyof typeof CONTENT_TYPES;

/**
 * A file the browser saves as `<name>.<format>`, never cached: an export of the
 * audit log or the register must show the moment it was asked for, and must not
 * linger in a shared cache.
 */
export function attachment(body: string | ReadableStream<Uint8Array>, { name, format }: { name: string; format: DownloadFormat }): Response {
  // Excel reads a CSV in the system code page unless it starts with a byte-order
  // mark, which garbles the Russian, Uzbek and Turkish text of the demo portals.
  const bom = format === "csv" ? "\uFEFF" : "";
  const content = typeof body === "string" ? bom + body : body.pipeThrough(prefixWith(bom));
  const filename = `${name.replace(/[^A-Za-z0-9._-]/g, "_")}.${format}`;
  return new Response(content, {
    headers: { "Content-Type": CONTENT_TYPES[format], "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

function prefixWith(text: string): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    start(controller) {
      if (text) controller.enqueue(new TextEncoder().encode(text));
    },
  });
}

/** A stored file (an access export, an agent's signed permission) as a download under its own name and type, never shown inline. */
export function storedFileAttachment(file: { filename: string; mimeType: string; content: Buffer }): Response {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
