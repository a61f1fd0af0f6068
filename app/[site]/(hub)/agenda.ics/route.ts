import { respondAgenda } from "@/lib/opendata/feeds";
import { siteOfParam } from "@/lib/site/current";

/** iCalendar of every campus: dated actions and governance meetings. */
export async function GET(request: Request, { params }: RouteContext<"/[site]/agenda.ics">) {
  return respondAgenda(request, null, siteOfParam((await params).site));
}
