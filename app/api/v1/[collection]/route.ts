import { respondList } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { requestSite } from "@/lib/site/current";

/** A list of the open data API (JSON page or CSV export): see /donnees-ouvertes. */
export async function GET(request: Request, ctx: RouteContext<"/api/v1/[collection]">) {
  const { collection } = await ctx.params;
  return respondList(request, collection, await requestSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
