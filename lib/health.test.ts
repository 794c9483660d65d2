import { afterEach, describe, expect, it, vi } from "vitest";
import { tempDbPerTest } from "../db/testing";
import { healthResponse } from "./health";

const db = tempDbPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("healthResponse", () => {
  it("is 200 while the database answers", async () => {
    const response = await healthResponse(db);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is 503 with a fixed body when the database fails, and logs the error on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthResponse(() => {
      throw new Error("SQLITE_CANTOPEN: unable to open database file /srv/secret/path.db");
    });
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('{"status":"unavailable"}');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(String(log.mock.calls[0]?.[1])).toContain("/srv/secret/path.db");
  });
});
