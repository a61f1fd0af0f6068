import { respondNewsFeed } from "@/lib/opendata/feeds";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** Atom feed of a campus's published actions (also served as <slug>.<base>/actualites.xml). */
export async function GET(request: Request, ctx: RouteContext<"/[campus]/actualites.xml">) {
  const { campus } = await ctx.params;
  return respondNewsFeed(request, campus, await getSite());
}
