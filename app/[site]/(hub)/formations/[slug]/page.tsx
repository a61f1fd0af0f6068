import { notFound } from "next/navigation";
import { FormationDetail } from "@/components/formations/formation-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { courseData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { formationPage, loadRecordPage, recordPageCrumbs, recordPageMetadata } from "@/lib/site/record-pages";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/[site]/formations/[slug]">) {
  return recordPageMetadata(formationPage, await params);
}

export default async function FormationPage({ params }: PageProps<"/[site]/formations/[slug]">) {
  const page = (await loadRecordPage(formationPage, await params)) ?? notFound();
  return (
    <>
      <JsonLd data={courseData(page.site, page.record)} />
      <FormationDetail
        formation={page.record}
        links={makeLinks(page.site, page.campus?.slug ?? null)}
        breadcrumbs={recordPageCrumbs(formationPage, page)}
      />
    </>
  );
}
