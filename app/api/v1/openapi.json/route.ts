import { openApiDocument } from "@/lib/api/v1/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from the schemas the handlers use. */
export function GET() {
  return Response.json(openApiDocument(env().APP_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}
