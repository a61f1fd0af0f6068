import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCampus } from "@/lib/campuses/queries";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ rest: [PRERENDER_PLACEHOLDER] }];
}

/**
 * Any other address under a campus (/ti/nimporte-quoi): a 404 that keeps the
 * campus's header, navigation and title, rather than the hub's bare page.
 */
export async function generateMetadata({
  params,
}: PageProps<"/[site]/[campus]/[...rest]">): Promise<Metadata> {
  await currentSite();
  const campus = await getCampus((await params).campus);
  return campus ? notFoundMetadata(campus.shortName) : notFoundMetadata();
}

export default function UnknownCampusAddress(): never {
  notFound();
}
