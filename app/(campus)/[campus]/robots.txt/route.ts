import { robotsTxt, textResponse } from "@/lib/seo/sitemap";
import { isCampusSlug } from "@/lib/site/campuses";
import { getSite } from "@/lib/site/request";
import { campusUrl } from "@/lib/site/links";

export const dynamic = "force-dynamic";

/** robots.txt of a campus host, pointing to that campus's sitemap. */
export async function GET(_request: Request, { params }: RouteContext<"/[campus]/robots.txt">) {
  const { campus } = await params;
  if (!isCampusSlug(campus)) return new Response("Page introuvable", { status: 404 });
  const site = await getSite();
  return textResponse(robotsTxt(campusUrl(site, campus, "/sitemap.xml")));
}
