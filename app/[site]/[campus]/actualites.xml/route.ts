import { respondNewsFeed } from "@/lib/opendata/feeds";
import { siteOfParam } from "@/lib/site/current";

/** Atom feed of a campus's published actions (also served as <slug>.<base>/actualites.xml). */
export async function GET(request: Request, ctx: RouteContext<"/[site]/[campus]/actualites.xml">) {
  const { site, campus } = await ctx.params;
  return respondNewsFeed(request, campus, siteOfParam(site));
}
