import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCampus } from "@/lib/campuses/queries";
import { notFoundMetadata } from "@/lib/seo/metadata";

/**
 * Any other address under a campus (/ti/nimporte-quoi): a 404 that keeps the
 * campus's header, navigation and title, rather than the hub's bare page.
 */
export async function generateMetadata({ params }: PageProps<"/[campus]/[...rest]">): Promise<Metadata> {
  const campus = await getCampus((await params).campus);
  return campus ? notFoundMetadata(campus.shortName) : notFoundMetadata();
}

export default function UnknownCampusAddress(): never {
  notFound();
}
