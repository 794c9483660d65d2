import type { Reply } from "./verdicts";

/** The API base with the spec's paths appended: `http://host/drp/acme/v1` + `agent/ID`. */
export function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path}`;
}

/** One request to the PIP; a signed body goes as text/plain (§3.07.1). */
export async function send(url: string, init: { method: string; bearer?: string; signed?: string }): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (init.bearer !== undefined) headers.Authorization = `Bearer ${init.bearer}`;
  if (init.signed !== undefined) headers["Content-Type"] = "text/plain";
  const response = await fetch(url, { method: init.method, headers, body: init.signed, redirect: "manual" });
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() };
}
