import { respondOpenApi } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the API, generated from its zod schemas. */
export async function GET(request: Request) {
  return respondOpenApi(request, await getSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
