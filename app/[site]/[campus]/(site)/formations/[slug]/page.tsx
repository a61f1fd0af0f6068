import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormationDetail } from "@/components/formations/formation-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { courseData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { getFormation } from "@/lib/formations/queries";
import { DIPLOMA_LABELS } from "@/lib/labels";
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
}: PageProps<"/[site]/[campus]/formations/[slug]">): Promise<Metadata> {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, f] = await Promise.all([getCampus(campusSlug), getFormation(slug)]);
  if (!campus || !f) return notFoundMetadata();
  // The formation's canonical page is on the hub.
  return pageMetadata({
    page: f.title,
    siteName: campus.shortName,
    description: describe(f.description || `${DIPLOMA_LABELS[f.diploma]} : ${f.title}.`),
    canonical: hubUrl(site, `/formations/${f.slug}`),
  });
}

export default async function CampusFormationPage({
  params,
}: PageProps<"/[site]/[campus]/formations/[slug]">) {
  const { campus: campusSlug, slug } = await params;
  const site = await currentSite();
  const [campus, f] = await Promise.all([getCampus(campusSlug), getFormation(slug)]);
  if (!campus || !f) notFound();
  return (
    <>
      <JsonLd data={courseData(site, f)} />
      <FormationDetail
        formation={f}
        links={makeLinks(site, campus.slug)}
        breadcrumbs={[
          { href: campusHref(site, campus.slug), label: campus.shortName },
          { href: campusHref(site, campus.slug, "/formations"), label: "Formations" },
          { label: f.title },
        ]}
      />
    </>
  );
}
