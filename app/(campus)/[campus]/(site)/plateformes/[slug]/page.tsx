import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlatformDetail } from "@/components/platforms/platform-detail";
import { makeLinks } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { getPlatform } from "@/lib/platforms/queries";
import { describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site/request";
import { campusHref, hubUrl } from "@/lib/site/links";

export async function generateMetadata({
  params,
}: PageProps<"/[campus]/plateformes/[slug]">): Promise<Metadata> {
  const { campus: campusSlug, slug } = await params;
  const [site, campus, p] = await Promise.all([getSite(), getCampus(campusSlug), getPlatform(slug)]);
  if (!campus || !p) return notFoundMetadata();
  return pageMetadata({
    page: p.name,
    siteName: campus.shortName,
    description: describe(p.description || `Plateforme technologique ${p.name}.`),
    canonical: hubUrl(site, `/plateformes/${p.slug}`),
  });
}

export default async function CampusPlatformPage({ params }: PageProps<"/[campus]/plateformes/[slug]">) {
  const { campus: campusSlug, slug } = await params;
  const [site, campus, p] = await Promise.all([getSite(), getCampus(campusSlug), getPlatform(slug)]);
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
