import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionDetail } from "@/components/actions/action-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { actionCanonical, eventData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { getCampusAction } from "@/lib/actions/queries";
import { getCampus } from "@/lib/campuses/queries";
import { describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site/request";
import { campusHref } from "@/lib/site/links";

async function load(params: PageProps<"/[campus]/actions/[slug]">["params"]) {
  const { campus: slug, slug: actionSlug } = await params;
  const campus = await getCampus(slug);
  if (!campus) return null;
  const action = await getCampusAction(campus.slug, actionSlug);
  return action ? { campus, action } : null;
}

export async function generateMetadata({ params }: PageProps<"/[campus]/actions/[slug]">): Promise<Metadata> {
  const [site, data] = await Promise.all([getSite(), load(params)]);
  if (!data) return notFoundMetadata();
  return pageMetadata({
    page: data.action.title,
    siteName: data.campus.shortName,
    description: describe(data.action.summary),
    canonical: actionCanonical(site, data.action),
    type: "article",
  });
}

export default async function CampusActionPage({ params }: PageProps<"/[campus]/actions/[slug]">) {
  const [site, data] = await Promise.all([getSite(), load(params)]);
  if (!data) notFound();
  const { campus, action } = data;
  return (
    <>
      <JsonLd data={eventData(site, action)} />
      <ActionDetail
        action={action}
        campus={campus.slug}
        links={makeLinks(site, campus.slug)}
        breadcrumbs={[
          { href: campusHref(site, campus.slug), label: campus.shortName },
          { href: campusHref(site, campus.slug, "/actions"), label: "Actions" },
          { label: action.title },
        ]}
      />
    </>
  );
}
