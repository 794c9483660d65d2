import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * The app's own list of what a client can reach, read from the source tree and
 * the build at test time, so a page, route handler or server action added
 * anywhere shows up here without anyone remembering to list it.
 */

const ROOT = join(__dirname, "..");
const APP = join(ROOT, "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type Entry =
  /** `key` is "GET /staff/requests/[id]": a page (GET) or a route handler's method; `file` its source, from the repository's root. */
  | { kind: "page" | "route"; key: string; method: string; route: string; file: string }
  /** `key` is "app/…/actions.ts#askAction"; `page` is a route whose page can run it. */
  | { kind: "action"; key: string; id: string; page: string; arity: number };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/** "app/(staff)/staff/(workspace)/requests/[id]/page.tsx" → "/staff/requests/[id]": route groups leave no trace in the URL. */
function routeOf(appRelativeDir: string): string {
  const segments = appRelativeDir.split(/[\\/]/).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page and route handler method anywhere under app/, app/'s own page (the home page, "/") included. */
export function pagesAndRoutes(): Entry[] {
  const entries: Entry[] = [];
  for (const file of filesUnder(APP)) {
    const dir = relative(APP, join(file, "..")).split(sep).join("/");
    const route = routeOf(dir);
    const source = relative(ROOT, file).split(sep).join("/");
    if (/[\\/]page\.[jt]sx?$/.test(file)) entries.push({ kind: "page", key: `GET ${route}`, method: "GET", route, file: source });
    if (/[\\/]route\.[jt]sx?$/.test(file)) {
      for (const method of exportedNames(readFileSync(file, "utf8")).filter((n) => HTTP_METHODS.includes(n))) {
        entries.push({ kind: "route", key: `${method} ${route}`, method, route, file: source });
      }
    }
  }
  return entries;
}

/** Names a module exports: functions, consts and destructured consts (`export const { GET, POST } = handlers`). */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
  for (const [, list] of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) names.push(...list!.split(",").map((n) => n.trim().split(/\s*:\s*/).pop()!));
  return names.filter(Boolean);
}

/** How many parameters an exported async function declares: a form action takes one, a useActionState action two. */
function arityOf(source: string, name: string): number {
  const params = new RegExp(`export\\s+async\\s+function\\s+${name}\\s*\\(([^)]*)\\)`).exec(source)?.[1] ?? "";
  return params.trim() === "" ? 0 : params.split(",").filter((p) => p.trim()).length;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/**
 * Every exported function of every "use server" module in app/, with the id the
 * build gave it (Next's server-reference manifest) and a page that can run it.
 * An export missing from the manifest is reachable by no page, and is reported
 * with an empty id. Any other action the build knows of (one declared inline in
 * a page or a component, or a "use server" module outside app/) is listed too,
 * so it cannot go without a row.
 */
export function serverActions(): Entry[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  const built = Object.entries(manifest.node);
  const pageOf = (entry?: ManifestEntry) => {
    const worker = entry ? Object.keys(entry.workers).find((w) => w.endsWith("/page")) : undefined;
    return worker ? routeOf(worker.replace(/^app\//, "").replace(/\/page$/, "")) : "";
  };
  const entries: Entry[] = [];
  for (const file of filesUnder(APP).filter((f) => /\.[jt]sx?$/.test(f))) {
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) continue;
    const filename = relative(ROOT, file).split(sep).join("/");
    for (const name of exportedNames(source)) {
      const found = built.find(([, e]) => e.filename === filename && e.exportedName === name);
      entries.push({ kind: "action", key: `${filename}#${name}`, id: found?.[0] ?? "", page: pageOf(found?.[1]), arity: arityOf(source, name) });
    }
  }
  for (const [id, e] of built) {
    const key = `${e.filename}#${e.exportedName}`;
    if (!entries.some((entry) => entry.key === key)) entries.push({ kind: "action", key, id, page: pageOf(e), arity: 0 });
  }
  return entries;
}
