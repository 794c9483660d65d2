import { describe, expect, it } from "vitest";
import { readLimited } from "./limited-body";

/** A request whose body arrives in chunks and declares no length, as a chunked upload does. */
function streamed(chunks: string[], headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(next));
    },
  });
  return { request: new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit), pulled: () => pulled };
}

describe("readLimited", () => {
  it("returns a body within the limit, byte for byte", async () => {
    expect((await readLimited(new Request("http://localhost/x", { method: "POST", body: "héllo" }), 6))?.toString()).toBe("héllo");
    expect((await readLimited(new Request("http://localhost/x"), 6))?.length).toBe(0);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const { request, pulled } = streamed(["a", "b", "c", "d", "e"], { "content-length": "11" });
    expect(await readLimited(request, 10)).toBeNull();
    expect(pulled()).toBeLessThan(5);
  });

  it("stops at the first chunk past the limit when the length is not declared", async () => {
    const { request, pulled } = streamed(["12345", "67890", "X", "never read", "never read"]);
    expect(await readLimited(request, 10)).toBeNull();
    expect(pulled()).toBeLessThan(5);
  });

  it("accepts a body of exactly the limit", async () => {
    const { request } = streamed(["12345", "67890"]);
    expect((await readLimited(request, 10))?.toString()).toBe("1234567890");
  });
});
