import { respondAgenda } from "@/lib/opendata/feeds";
import { getSite } from "@/lib/site/request";

export const dynamic = "force-dynamic";

/** iCalendar of every campus: dated actions and governance meetings. */
export async function GET(request: Request) {
  return respondAgenda(request, null, await getSite());
}
