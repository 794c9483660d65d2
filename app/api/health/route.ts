// Readiness probe for Playwright's webServer and load balancers: always fresh, never cached.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
