import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormationDetail } from "@/components/formations/formation-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { courseData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { getFormation } from "@/lib/formations/queries";
import { DIPLOMA_LABELS } from "@/lib/labels";
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
}: PageProps<"/[site]/formations/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const site = await currentSite();
  const f = await getFormation(slug);
  if (!f) return notFoundMetadata();
  return pageMetadata({
    page: f.title,
    siteName: HUB_SITE_NAME,
    description: describe(f.description || `${DIPLOMA_LABELS[f.diploma]} : ${f.title}.`),
    canonical: hubUrl(site, `/formations/${f.slug}`),
  });
}

export default async function FormationPage({ params }: PageProps<"/[site]/formations/[slug]">) {
  const { slug } = await params;
  const site = await currentSite();
  const f = await getFormation(slug);
  if (!f) notFound();
  return (
    <>
      <JsonLd data={courseData(site, f)} />
      <FormationDetail
        formation={f}
        links={makeLinks(site, null)}
        breadcrumbs={[
          { href: hubHref(site, "/"), label: "Accueil" },
          { href: hubHref(site, "/formations"), label: "Formations" },
          { label: f.title },
        ]}
      />
    </>
  );
}
