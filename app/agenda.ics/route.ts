import { respondAgenda } from "@/lib/opendata/feeds";

export const dynamic = "force-dynamic";

/** iCalendar of every campus: dated actions and governance meetings. */
export async function GET(request: Request) {
  return respondAgenda(request, null);
}
