import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "API reference" };

type Operation = {
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; description?: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string }>;
};

const METHODS = ["get", "post"] as const;

/** Who may call an operation: the scopes of its security requirements, or anyone. */
function access(op: Operation): string {
  const scopes = (op.security ?? []).map((s) => s.apiKey?.join(", ") ?? "no key");
  return scopes.length === 0 ? "no key" : scopes.join(" or ");
}

/** The API reference for people, read from the same OpenAPI document programs fetch at /api/v1/openapi.json. */
export default function ApiReferencePage() {
  const doc = openApiDocument(env().APP_URL);
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((method) => ({ path, method, op: (item as Record<string, Operation>)[method]! })),
  );
  return (
    <main id="main" className="page">
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        Authenticate with a portal&rsquo;s API key: <code>Authorization: Bearer rdk_…</code>. The machine-readable document is{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <nav aria-label="Operations">
        <ul>
          {operations.map(({ path, method, op }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </a>{" "}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, op }) => (
        <section key={`${method} ${path}`} id={`${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`} aria-labelledby={`${method}-${path}-h`}>
          <h2 id={`${method}-${path}-h`}>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h2>
          <p>
            <strong>{op.summary}.</strong> {op.description}
          </p>
          <p>Access: {access(op)}.</p>
          {op.parameters && op.parameters.length > 0 && (
            <table className="data">
              <caption>Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">In</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">
                      <code>{p.name}</code>
                    </th>
                    <td>{p.in}</td>
                    <td>{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {op.requestBody &&
            Object.entries(op.requestBody.content).map(([type, { schema }]) => (
              <details key={type}>
                <summary>
                  Body: <code>{type}</code>
                </summary>
                <pre>{JSON.stringify(schema, null, 2)}</pre>
              </details>
            ))}
          <table className="data">
            <caption>Responses</caption>
            <tbody>
              {Object.entries(op.responses).map(([status, r]) => (
                <tr key={status}>
                  <th scope="row">{status}</th>
                  <td>{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="schemas-h">
        <h2 id="schemas-h">Schemas</h2>
        {Object.entries(doc.components.schemas).map(([id, schema]) => (
          <details key={id} id={`schema-${id}`}>
            <summary>
              <code>{id}</code>
            </summary>
            <pre>{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </section>
    </main>
  );
}
