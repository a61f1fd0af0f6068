import { robotsTxt, textResponse } from "@/lib/seo/sitemap";
import { getSite } from "@/lib/site/request";
import { hubUrl } from "@/lib/site/links";

export const dynamic = "force-dynamic";

/** robots.txt of the hub host, pointing to the hub's sitemap. */
export async function GET() {
  const site = await getSite();
  return textResponse(robotsTxt(hubUrl(site, "/sitemap.xml")));
}
