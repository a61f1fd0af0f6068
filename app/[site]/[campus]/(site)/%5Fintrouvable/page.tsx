import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";
import { getCampus } from "@/lib/campuses/queries";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { isCampusSlug } from "@/lib/site/campuses";
import { currentSite } from "@/lib/site/current";

export async function generateMetadata({
  params,
}: PageProps<"/[site]/[campus]/_introuvable">): Promise<Metadata> {
  await currentSite();
  const campus = await getCampus((await params).campus);
  return campus ? notFoundMetadata(campus.shortName) : notFoundMetadata();
}

/**
 * A campus's 404 document, in the campus's frame: the page the custom server sends, with
 * status 404, for any address of this campus that Next.js answers with a 404 (see
 * NOT_FOUND_SEGMENT in lib/site/routing.ts).
 */
export default async function CampusNotFoundDocument({ params }: PageProps<"/[site]/[campus]/_introuvable">) {
  const site = await currentSite();
  const { campus } = await params;
  return <NotFoundView site={site} campus={isCampusSlug(campus) ? campus : site.hostCampus} />;
}
