import { respondAgenda } from "@/lib/opendata/feeds";
import { siteOfParam } from "@/lib/site/current";

/** iCalendar of one campus (also served as <slug>.<base>/agenda.ics). */
export async function GET(request: Request, ctx: RouteContext<"/[site]/[campus]/agenda.ics">) {
  const { site, campus } = await ctx.params;
  return respondAgenda(request, campus, siteOfParam(site));
}
