import { getCampusSitemapPaths } from "@/lib/seo/queries";
import { sitemapXml, xmlResponse } from "@/lib/seo/sitemap";
import { isCampusSlug } from "@/lib/site/campuses";
import { siteOfParam } from "@/lib/site/current";
import { campusUrl } from "@/lib/site/links";

/** A campus's sitemap (served at <slug>.<base>/sitemap.xml): URLs of its own host only. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/[campus]/sitemap.xml">) {
  const { site: key, campus } = await params;
  const site = siteOfParam(key);
  if (!isCampusSlug(campus)) return new Response("Page introuvable", { status: 404 });
  const paths = await getCampusSitemapPaths(campus);
  return xmlResponse(
    sitemapXml(paths.map((p) => ({ url: campusUrl(site, campus, p.path), lastModified: p.lastModified }))),
  );
}
