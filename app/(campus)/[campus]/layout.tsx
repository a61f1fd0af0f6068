import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { isCampusSlug } from "@/lib/site/campuses";

/** An unknown first segment ("/page-inconnue") lands here: its 404 needs its own title. */
export async function generateMetadata({ params }: LayoutProps<"/[campus]">): Promise<Metadata> {
  const { campus } = await params;
  return isCampusSlug(campus) ? {} : notFoundMetadata();
}

/** Every /<slug>/… route: only the six campus slugs exist. */
export default async function CampusSegmentLayout({ children, params }: LayoutProps<"/[campus]">) {
  const { campus } = await params;
  if (!isCampusSlug(campus)) notFound();
  return children;
}
