import { notFound } from "next/navigation";
import { OrganisationDetail } from "@/components/organisations/organisation-detail";
import { getLogos } from "@/lib/media/queries";
import { makeLinks } from "@/components/links";
import { partnerPage, loadRecordPage, recordPageCrumbs, recordPageMetadata } from "@/lib/site/record-pages";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/[site]/partenaires/[slug]">) {
  return recordPageMetadata(partnerPage, await params);
}

export default async function PartnerPage({ params }: PageProps<"/[site]/partenaires/[slug]">) {
  const page = (await loadRecordPage(partnerPage, await params)) ?? notFound();
  return (
    <OrganisationDetail
      organisation={page.record}
      logo={(await getLogos("ORGANISATION", [page.record.id]))[page.record.id]}
      links={makeLinks(page.site, page.campus?.slug ?? null)}
      breadcrumbs={recordPageCrumbs(partnerPage, page)}
    />
  );
}
