import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";
import { HUB_SITE_NAME, pageTitle } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site/request";

export const metadata: Metadata = { title: pageTitle("Page introuvable", HUB_SITE_NAME), robots: { index: false } };

/** 404 inside the hub (an unknown formation, partner or PFT), with the hub's header and footer. */
export default async function HubNotFound() {
  return <NotFoundView site={await getSite()} />;
}
