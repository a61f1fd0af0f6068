import { robotsTxt, textResponse } from "@/lib/seo/sitemap";
import { isCampusSlug } from "@/lib/site/campuses";
import { siteOfParam } from "@/lib/site/current";
import { campusUrl } from "@/lib/site/links";

/** robots.txt of a campus host, pointing to that campus's sitemap. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/[campus]/robots.txt">) {
  const { site: key, campus } = await params;
  const site = siteOfParam(key);
  if (!isCampusSlug(campus)) return new Response("Page introuvable", { status: 404 });
  return textResponse(robotsTxt(campusUrl(site, campus, "/sitemap.xml")));
}
