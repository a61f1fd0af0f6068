import { getHubSitemapPaths } from "@/lib/seo/queries";
import { sitemapXml, xmlResponse } from "@/lib/seo/sitemap";
import { getSite } from "@/lib/site/request";
import { hubUrl } from "@/lib/site/links";

// Reads the database: never prerendered at build time.
export const dynamic = "force-dynamic";

/** The hub's sitemap: its own host's canonical pages (a campus host answers with its own, via proxy.ts). */
export async function GET() {
  const [site, paths] = await Promise.all([getSite(), getHubSitemapPaths()]);
  return xmlResponse(
    sitemapXml(paths.map((p) => ({ url: hubUrl(site, p.path), lastModified: p.lastModified }))),
  );
}
