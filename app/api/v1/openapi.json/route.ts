import { respondOpenApi } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the API, generated from its zod schemas. */
export async function GET(request: Request) {
  return respondOpenApi(request);
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
