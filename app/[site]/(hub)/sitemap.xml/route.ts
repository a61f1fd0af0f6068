import { getHubSitemapPaths } from "@/lib/seo/queries";
import { sitemapXml, xmlResponse } from "@/lib/seo/sitemap";
import { siteOfParam } from "@/lib/site/current";
import { hubUrl } from "@/lib/site/links";

/** The hub's sitemap: its own host's canonical pages (a campus host answers with its own). */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/sitemap.xml">) {
  const site = siteOfParam((await params).site);
  const paths = await getHubSitemapPaths();
  return xmlResponse(
    sitemapXml(paths.map((p) => ({ url: hubUrl(site, p.path), lastModified: p.lastModified }))),
  );
}
