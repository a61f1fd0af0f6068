import { respondAgenda } from "@/lib/opendata/feeds";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** iCalendar of one campus (also served as <slug>.<base>/agenda.ics). */
export async function GET(request: Request, ctx: RouteContext<"/[campus]/agenda.ics">) {
  const { campus } = await ctx.params;
  return respondAgenda(request, campus, await getSite());
}
