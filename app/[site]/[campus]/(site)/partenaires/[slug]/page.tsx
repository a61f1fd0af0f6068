import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganisationDetail } from "@/components/organisations/organisation-detail";
import { makeLinks } from "@/components/links";
import { getLogos } from "@/lib/media/queries";
import { getCampus } from "@/lib/campuses/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
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
}: PageProps<"/[site]/[campus]/partenaires/[slug]">): Promise<Metadata> {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, o] = await Promise.all([getCampus(campusSlug), getOrganisation(slug)]);
  if (!campus || !o) return notFoundMetadata();
  return pageMetadata({
    page: o.name,
    siteName: campus.shortName,
    description: describe(o.description || `${ORGANISATION_KIND_LABELS[o.kind]}, partenaire des campus.`),
    canonical: hubUrl(site, `/partenaires/${o.slug}`),
  });
}

export default async function CampusPartnerPage({
  params,
}: PageProps<"/[site]/[campus]/partenaires/[slug]">) {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, o] = await Promise.all([getCampus(campusSlug), getOrganisation(slug)]);
  if (!campus || !o) notFound();
  return (
    <OrganisationDetail
      organisation={o}
      logo={(await getLogos("ORGANISATION", [o.id]))[o.id]}
      links={makeLinks(site, campus.slug)}
      breadcrumbs={[
        { href: campusHref(site, campus.slug), label: campus.shortName },
        { href: campusHref(site, campus.slug, "/partenaires"), label: "Partenaires" },
        { label: o.name },
      ]}
    />
  );
}
