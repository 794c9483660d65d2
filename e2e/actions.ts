import type { APIRequestContext, APIResponse } from "@playwright/test";
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.edge";
import { serverActions } from "./app-tree";

export type Action = { id: string; page: string; arity: number };

/** A server action of the build, by its module and name: "app/(public)/p/[portal]/actions.ts#answerAction". */
export function action(key: string): Action {
  const found = serverActions().find((a) => a.key === key);
  if (!found || found.kind !== "action" || !found.id) throw new Error(`no server action ${key} in the build`);
  return found;
}

/**
 * Calls an action the way the browser's router does with JavaScript on: its id
 * in Next-Action, the arguments encoded by React's own encodeReply (a
 * useActionState action first gets its previous state), posted to `path`, a
 * page that can run it. Redirects are not followed: the outcome is the answer.
 */
export async function callAction(http: APIRequestContext, action: Action, path: string, fields: Record<string, string>, { origin, cookie }: { origin: string; cookie?: string }): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const body = await encodeReply(action.arity === 2 ? [{}, form] : action.arity === 1 ? [form] : []);
  return http.post(path, {
    headers: { ...(cookie ? { cookie } : {}), "Next-Action": action.id, Origin: origin, Accept: "text/x-component" },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
}

/** Posts a plain form action the way a browser without JavaScript does: its id as a hidden field. */
export function postForm(http: APIRequestContext, action: Action, path: string, fields: Record<string, string>, { origin }: { origin: string }): Promise<APIResponse> {
  return http.post(path, { headers: { Origin: origin }, multipart: { [`$ACTION_ID_${action.id}`]: "", ...fields }, maxRedirects: 0 });
}

/** The hidden inputs of the first form on an HTML page: what a browser without JavaScript sends with the fields a person fills. */
export function hiddenInputs(html: string): Record<string, string> {
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields[unescapeHtml(name)] = unescapeHtml(/value="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  return fields;
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Text as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}
