import { respondOpenApi } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { requestSite } from "@/lib/site/current";

/** The OpenAPI 3.1 description of the API, generated from its zod schemas. */
export async function GET(request: Request) {
  return respondOpenApi(request, await requestSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
