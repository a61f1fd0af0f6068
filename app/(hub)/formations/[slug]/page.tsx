import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormationDetail } from "@/components/formations/formation-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { courseData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { getFormation } from "@/lib/formations/queries";
import { DIPLOMA_LABELS } from "@/lib/labels";
import { HUB_SITE_NAME, describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site/request";
import { hubHref, hubUrl } from "@/lib/site/links";

export async function generateMetadata({ params }: PageProps<"/formations/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [site, f] = await Promise.all([getSite(), getFormation(slug)]);
  if (!f) return notFoundMetadata();
  return pageMetadata({
    page: f.title,
    siteName: HUB_SITE_NAME,
    description: describe(f.description || `${DIPLOMA_LABELS[f.diploma]} : ${f.title}.`),
    canonical: hubUrl(site, `/formations/${f.slug}`),
  });
}

export default async function FormationPage({ params }: PageProps<"/formations/[slug]">) {
  const { slug } = await params;
  const [site, f] = await Promise.all([getSite(), getFormation(slug)]);
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
