import { respondItem } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { requestSite } from "@/lib/site/current";

/** One published item of the open data API, by its database id. */
export async function GET(request: Request, ctx: RouteContext<"/api/v1/[collection]/[id]">) {
  const { collection, id } = await ctx.params;
  return respondItem(request, collection, id, await requestSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
