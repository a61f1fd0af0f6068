import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { CAMPUS_SLUGS, isCampusSlug } from "@/lib/site/campuses";

/** The six campus sub-sites: prerendered shells for the build's placeholder site only (see app/[site]/layout.tsx). */
export function generateStaticParams() {
  return CAMPUS_SLUGS.map((campus) => ({ campus }));
}

/** An unknown first segment ("/page-inconnue") lands here: its 404 needs its own title. */
export async function generateMetadata({ params }: LayoutProps<"/[site]/[campus]">): Promise<Metadata> {
  const { campus } = await params;
  return isCampusSlug(campus) ? {} : notFoundMetadata();
}

/** Every /<slug>/… route: only the six campus slugs exist. */
export default async function CampusSegmentLayout({ children, params }: LayoutProps<"/[site]/[campus]">) {
  const { campus } = await params;
  if (!isCampusSlug(campus)) notFound();
  return children;
}
