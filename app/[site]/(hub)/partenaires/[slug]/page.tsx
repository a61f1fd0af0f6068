import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganisationDetail } from "@/components/organisations/organisation-detail";
import { makeLinks } from "@/components/links";
import { getLogos } from "@/lib/media/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { HUB_SITE_NAME, describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[site]/partenaires/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const site = await currentSite();
  const o = await getOrganisation(slug);
  if (!o) return notFoundMetadata();
  return pageMetadata({
    page: o.name,
    siteName: HUB_SITE_NAME,
    description: describe(
      o.description ||
        `${ORGANISATION_KIND_LABELS[o.kind]}, partenaire des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.`,
    ),
    canonical: hubUrl(site, `/partenaires/${o.slug}`),
  });
}

export default async function PartnerPage({ params }: PageProps<"/[site]/partenaires/[slug]">) {
  const { slug } = await params;
  const site = await currentSite();
  const o = await getOrganisation(slug);
  if (!o) notFound();
  return (
    <OrganisationDetail
      organisation={o}
      logo={(await getLogos("ORGANISATION", [o.id]))[o.id]}
      links={makeLinks(site, null)}
      breadcrumbs={[
        { href: hubHref(site, "/"), label: "Accueil" },
        { href: hubHref(site, "/partenaires"), label: "Partenaires" },
        { label: o.name },
      ]}
    />
  );
}
