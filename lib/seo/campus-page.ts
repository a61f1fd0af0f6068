import "server-only";
/**
 * The metadata of a fixed page of a campus sub-site (/<campus>/formations…):
 * named after the campus, canonical on its own site, a 404's for an unknown
 * campus. The hub's pages have theirs in ./hub-page.ts.
 */
import type { Metadata } from "next";
import { getCampus } from "@/lib/campuses/queries";
import { currentSite } from "@/lib/site/current";
import { campusUrl } from "@/lib/site/links";
import { notFoundMetadata, pageMetadata } from "./metadata";

type Campus = NonNullable<Awaited<ReturnType<typeof getCampus>>>;

type CampusPage = {
  /** The page's own name ("Formations"). */
  name: string;
  /** Its path on the campus site ("/formations"). */
  path: string;
  description: (campus: Campus) => string;
};

type CampusParams = { params: Promise<{ campus: string }> };

async function campusMetadata(page: CampusPage, slug: string, noIndex?: boolean): Promise<Metadata> {
  const site = await currentSite();
  const campus = await getCampus(slug);
  if (!campus) return notFoundMetadata();
  return pageMetadata({
    page: page.name,
    siteName: campus.shortName,
    description: page.description(campus),
    canonical: campusUrl(site, campus.slug, page.path),
    noIndex,
  });
}

export function campusPageMetadata(page: CampusPage): (props: CampusParams) => Promise<Metadata> {
  return async ({ params }) => campusMetadata(page, (await params).campus);
}

/** The same for a filterable list: its filtered views are not worth indexing. */
export function campusListMetadata(
  page: CampusPage,
): (props: CampusParams & { searchParams: Promise<object> }) => Promise<Metadata> {
  return async ({ params, searchParams }) => {
    const [{ campus }, raw] = await Promise.all([params, searchParams]);
    return campusMetadata(page, campus, Object.keys(raw).length > 0);
  };
}
