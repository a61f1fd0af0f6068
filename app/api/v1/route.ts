import { respondIndex } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { requestSite } from "@/lib/site/current";

/** Entry point of the API: its collections and documents. */
export async function GET(request: Request) {
  return respondIndex(request, await requestSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
