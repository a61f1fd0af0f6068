import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlatformDetail } from "@/components/platforms/platform-detail";
import { makeLinks } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { getPlatform } from "@/lib/platforms/queries";
import { describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { campusHref, hubUrl } from "@/lib/site/links";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[site]/[campus]/plateformes/[slug]">): Promise<Metadata> {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, p] = await Promise.all([getCampus(campusSlug), getPlatform(slug)]);
  if (!campus || !p) return notFoundMetadata();
  return pageMetadata({
    page: p.name,
    siteName: campus.shortName,
    description: describe(p.description || `Plateforme technologique ${p.name}.`),
    canonical: hubUrl(site, `/plateformes/${p.slug}`),
  });
}

export default async function CampusPlatformPage({
  params,
}: PageProps<"/[site]/[campus]/plateformes/[slug]">) {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, p] = await Promise.all([getCampus(campusSlug), getPlatform(slug)]);
  if (!campus || !p) notFound();
  return (
    <PlatformDetail
      platform={p}
      links={makeLinks(site, campus.slug)}
      breadcrumbs={[
        { href: campusHref(site, campus.slug), label: campus.shortName },
        { href: campusHref(site, campus.slug, "/plateformes"), label: "Plateformes technologiques" },
        { label: p.name },
      ]}
    />
  );
}
