import { notFound } from "next/navigation";
import { isCampusSlug } from "@/lib/site/campuses";

/** Every /<slug>/… route: only the six campus slugs exist. */
export default async function CampusSegmentLayout({ children, params }: LayoutProps<"/[campus]">) {
  const { campus } = await params;
  if (!isCampusSlug(campus)) notFound();
  return children;
}
