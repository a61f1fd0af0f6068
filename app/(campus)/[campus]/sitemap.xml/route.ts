import { getCampusSitemapPaths } from "@/lib/seo/queries";
import { sitemapXml, xmlResponse } from "@/lib/seo/sitemap";
import { isCampusSlug } from "@/lib/site/campuses";
import { getSite } from "@/lib/site/request";
import { campusUrl } from "@/lib/site/links";

export const dynamic = "force-dynamic";

/** A campus's sitemap (served at <slug>.<base>/sitemap.xml): URLs of its own host only. */
export async function GET(_request: Request, { params }: RouteContext<"/[campus]/sitemap.xml">) {
  const { campus } = await params;
  if (!isCampusSlug(campus)) return new Response("Page introuvable", { status: 404 });
  const [site, paths] = await Promise.all([getSite(), getCampusSitemapPaths(campus)]);
  return xmlResponse(
    sitemapXml(paths.map((p) => ({ url: campusUrl(site, campus, p.path), lastModified: p.lastModified }))),
  );
}
