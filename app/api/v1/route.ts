import { respondIndex } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** Entry point of the API: its collections and documents. */
export async function GET(request: Request) {
  return respondIndex(request, await getSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
