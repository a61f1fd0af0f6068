import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionDetail } from "@/components/actions/action-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { actionCanonical, eventData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { getCampusAction } from "@/lib/actions/queries";
import { getPublicActionMedia } from "@/lib/media/queries";
import { getCampus } from "@/lib/campuses/queries";
import { describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { campusHref } from "@/lib/site/links";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

async function load(params: PageProps<"/[site]/[campus]/actions/[slug]">["params"]) {
  const { campus: slug, slug: actionSlug } = await params;
  const campus = await getCampus(slug);
  if (!campus) return null;
  const action = await getCampusAction(campus.slug, actionSlug);
  return action ? { campus, action } : null;
}

export async function generateMetadata({
  params,
}: PageProps<"/[site]/[campus]/actions/[slug]">): Promise<Metadata> {
  const site = await currentSite();
  const data = await load(params);
  if (!data) return notFoundMetadata();
  return pageMetadata({
    page: data.action.title,
    siteName: data.campus.shortName,
    description: describe(data.action.summary),
    canonical: actionCanonical(site, data.action),
    type: "article",
  });
}

export default async function CampusActionPage({ params }: PageProps<"/[site]/[campus]/actions/[slug]">) {
  const site = await currentSite();
  const data = await load(params);
  if (!data) notFound();
  const { campus, action } = data;
  const media = await getPublicActionMedia(action.id);
  return (
    <>
      <JsonLd data={eventData(site, action)} />
      <ActionDetail
        action={action}
        campus={campus.slug}
        links={makeLinks(site, campus.slug)}
        media={media}
        breadcrumbs={[
          { href: campusHref(site, campus.slug), label: campus.shortName },
          { href: campusHref(site, campus.slug, "/actions"), label: "Actions" },
          { label: action.title },
        ]}
      />
    </>
  );
}
