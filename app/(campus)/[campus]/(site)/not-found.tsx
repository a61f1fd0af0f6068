import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";
import { HUB_SITE_NAME, pageTitle } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site/request";

export const metadata: Metadata = { title: pageTitle("Page introuvable", HUB_SITE_NAME), robots: { index: false } };

/** 404 inside a campus sub-site (an unknown or unpublished action…), with the campus's header and footer. */
export default async function CampusNotFound() {
  return <NotFoundView site={await getSite()} />;
}
