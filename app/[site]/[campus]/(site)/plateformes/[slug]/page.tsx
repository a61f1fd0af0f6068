import { notFound } from "next/navigation";
import { PlatformDetail } from "@/components/platforms/platform-detail";
import { makeLinks } from "@/components/links";
import { platformPage, loadRecordPage, recordPageCrumbs, recordPageMetadata } from "@/lib/site/record-pages";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/[site]/[campus]/plateformes/[slug]">) {
  return recordPageMetadata(platformPage, await params);
}

export default async function CampusPlatformPage({
  params,
}: PageProps<"/[site]/[campus]/plateformes/[slug]">) {
  const page = (await loadRecordPage(platformPage, await params)) ?? notFound();
  return (
    <PlatformDetail
      platform={page.record}
      links={makeLinks(page.site, page.campus?.slug ?? null)}
      breadcrumbs={recordPageCrumbs(platformPage, page)}
    />
  );
}
