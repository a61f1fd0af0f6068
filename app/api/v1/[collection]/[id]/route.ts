import { respondItem } from "@/lib/opendata/api";
import { preflight } from "@/lib/opendata/http";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** One published item of the open data API, by its database id. */
export async function GET(request: Request, ctx: RouteContext<"/api/v1/[collection]/[id]">) {
  const { collection, id } = await ctx.params;
  return respondItem(request, collection, id, await getSite());
}

export function OPTIONS(request: Request) {
  return preflight(request);
}
