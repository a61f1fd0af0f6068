import { robotsTxt, textResponse } from "@/lib/seo/sitemap";
import { siteOfParam } from "@/lib/site/current";
import { hubUrl } from "@/lib/site/links";

/** robots.txt of the hub host, pointing to the hub's sitemap. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/robots.txt">) {
  const site = siteOfParam((await params).site);
  return textResponse(robotsTxt(hubUrl(site, "/sitemap.xml")));
}
